package vn.reformdesk.support;

import org.springframework.stereotype.Component;
import vn.reformdesk.units.UnitAdminService;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitTier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds unit trees with codes no other test uses. */
@Component
public class TestUnits {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private final UnitAdminService admin;

    TestUnits(UnitAdminService admin) {
        this.admin = admin;
    }

    /** A three-level province: {@code districts} districts with {@code communes} communes each, plus {@code departments} departments. */
    public Tree province(int districts, int communes, int departments) {
        return AsUser.call(AsUser.admin(), () -> {
            String p = "T" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
            UnitRef province = create(p, "Tỉnh Thử " + p, UnitTier.PROVINCE, "TINH", null);
            List<UnitRef> ds = new ArrayList<>();
            List<List<UnitRef>> cs = new ArrayList<>();
            for (int d = 1; d <= districts; d++) {
                UnitRef district = create(p + "-D" + d, "Huyện " + d + " " + p, UnitTier.DISTRICT, "HUYEN", province.id());
                ds.add(district);
                List<UnitRef> list = new ArrayList<>();
                for (int c = 1; c <= communes; c++) {
                    list.add(create(p + "-D" + d + "-C" + c, "Xã " + c + " (huyện " + d + ") " + p, UnitTier.COMMUNE, "XA", district.id()));
                }
                cs.add(list);
            }
            List<UnitRef> deps = new ArrayList<>();
            for (int s = 1; s <= departments; s++) {
                deps.add(create(p + "-S" + s, "Sở " + s + " " + p, UnitTier.DEPARTMENT, "SO", province.id()));
            }
            return new Tree(province, ds, cs, deps);
        });
    }

    /** A two-level province (since July 2025): communes directly under the province. */
    public Tree twoLevelProvince(int communes) {
        return AsUser.call(AsUser.admin(), () -> {
            String p = "N" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
            LocalDate from = LocalDate.of(2025, 7, 1);
            UnitRef province = admin.create(new UnitAdminService.NewUnit(p, "Tỉnh Mới " + p, null, UnitTier.PROVINCE, "TINH", null, null, null));
            List<UnitRef> cs = new ArrayList<>();
            for (int c = 1; c <= communes; c++) {
                cs.add(admin.create(new UnitAdminService.NewUnit(p + "-C" + c, "Xã Mới " + c + " " + p, null, UnitTier.COMMUNE, "XA",
                        province.id(), from, null)));
            }
            return new Tree(province, List.of(), List.of(cs), List.of());
        });
    }

    private UnitRef create(String code, String name, UnitTier tier, String kind, Long parent) {
        return admin.create(new UnitAdminService.NewUnit(code, name, null, tier, kind, parent, null, null));
    }

    /** {@code communes.get(i)} are the communes of {@code districts.get(i)} (for a two-level tree: index 0, under the province). */
    public record Tree(UnitRef province, List<UnitRef> districts, List<List<UnitRef>> communes, List<UnitRef> departments) {
        public UnitRef district(int i) {
            return districts.get(i);
        }

        public UnitRef commune(int district, int i) {
            return communes.get(district).get(i);
        }
    }
}
