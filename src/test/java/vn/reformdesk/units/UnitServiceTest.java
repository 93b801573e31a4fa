package vn.reformdesk.units;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.Period;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseTest
class UnitServiceTest {

    private static final Period Y2024 = Period.year(2024);

    @Autowired
    UnitService units;
    @Autowired
    UnitAdminService admin;
    @Autowired
    TestUnits testUnits;

    @Test
    void theSearchIgnoresCaseAndDiacriticsMatchesCodesAndFindsNothingForNonsense() {
        AsUser.run(AsUser.chair(), () -> {
            assertThat(units.search("vinh hanh", Y2024, 20)).extracting(UnitRef::code).contains("30598");
            assertThat(units.search("VINH HANH", Y2024, 20)).extracting(UnitRef::code).contains("30598");
            assertThat(units.search("  chau   thanh ", Y2024, 50)).extracting(UnitRef::code).contains("892");
            // a code matches every unit whose code holds it (other tests' generated units too, such as "T24-58929")
            assertThat(units.search("892", Y2024, 20)).extracting(UnitRef::code).contains("892").allMatch(c -> c.contains("892"));
            assertThat(units.search("30589", Y2024, 20)).extracting(UnitRef::name).contains("Thị trấn An Châu");
            assertThat(units.search("30589", Y2024, 20)).extracting(UnitRef::code).allMatch(c -> c.contains("30589"));
            assertThat(units.search("qqxyz", Y2024, 20)).isEmpty();
        });
        // a district leader finds nothing outside the district, however it is typed
        UnitRef chauThanh = AsUser.call(AsUser.chair(), () -> units.findByCode("892", Y2024).orElseThrow());
        UnitRef longXuyen = AsUser.call(AsUser.chair(), () -> units.findByCode("883", Y2024).orElseThrow());
        AsUser.run(AsUser.leaderOf(chauThanh), () -> {
            assertThat(units.search("vinh hanh", Y2024, 20)).extracting(UnitRef::code).contains("30598");
            assertThat(units.search("my binh", Y2024, 20)).noneMatch(u -> u.isWithin(longXuyen));
            assertThat(units.search("30280", Y2024, 20)).isEmpty();
        });
    }

    @Test
    void aChairSeesTheWholeTreeWithDepartmentsAfterDistricts() {
        TestUnits.Tree t = testUnits.province(2, 3, 2);
        AsUser.run(AsUser.chair(), () -> {
            var children = units.children(t.province().id(), Y2024);
            assertThat(children).extracting(UnitRef::tier)
                    .containsExactly(UnitTier.DISTRICT, UnitTier.DISTRICT, UnitTier.DEPARTMENT, UnitTier.DEPARTMENT);
            assertThat(units.children(t.district(0).id(), Y2024)).hasSize(3);
            assertThat(units.pathOf(t.commune(1, 2))).extracting(UnitRef::id)
                    .containsExactly(t.province().id(), t.district(1).id(), t.commune(1, 2).id());
            assertThat(units.childCountsByKind(t.province().id(), Y2024))
                    .containsExactly(new UnitService.KindCount(UnitTier.DISTRICT, "HUYEN", 2),
                            new UnitService.KindCount(UnitTier.DEPARTMENT, "SO", 2));
            assertThat(units.childSizes(t.province().id(), Y2024)).extracting(UnitService.ChildSize::children)
                    .containsExactly(3L, 3L, 0L, 0L);
        });
    }

    @Test
    void aDistrictLeaderSeesTheDistrictAndItsCommunesButNothingElse() {
        TestUnits.Tree t = testUnits.province(2, 2, 1);
        AsUser.run(AsUser.leaderOf(t.district(0)), () -> {
            assertThat(units.roots(Y2024)).containsExactly(t.district(0));
            assertThat(units.startUnit(Y2024)).contains(t.district(0));
            assertThat(units.children(t.district(0).id(), Y2024)).hasSize(2);
            assertThat(units.findByCode(t.commune(0, 1).code(), Y2024)).contains(t.commune(0, 1));

            assertThatThrownBy(() -> units.findByCode(t.district(1).code(), Y2024)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> units.get(t.commune(1, 0).id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> units.children(t.province().id(), Y2024)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> units.children(t.district(1).id(), Y2024)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> units.get(t.departments().getFirst().id())).isInstanceOf(AccessDeniedException.class);
            assertThat(units.search("Xã", Y2024, 50)).allMatch(u -> u.isWithin(t.district(0)));
        });
    }

    @Test
    void aTwoLevelProvinceHasCommunesDirectlyBelowIt() {
        TestUnits.Tree t = testUnits.twoLevelProvince(4);
        AsUser.run(AsUser.chair(), () -> {
            assertThat(units.children(t.province().id(), Period.year(2026))).hasSize(4)
                    .allMatch(u -> u.tier() == UnitTier.COMMUNE && u.depth() == 1);
            // the communes start on 1 July 2025: not there in 2024, there in the second half of 2025
            assertThat(units.children(t.province().id(), Y2024)).isEmpty();
            assertThat(units.children(t.province().id(), Period.half(2025, 1))).isEmpty();
            assertThat(units.children(t.province().id(), Period.half(2025, 2))).hasSize(4);
        });
        AsUser.run(AsUser.leaderOf(t.commune(0, 0)), () -> {
            assertThat(units.roots(Period.year(2026))).containsExactly(t.commune(0, 0));
            assertThatThrownBy(() -> units.get(t.commune(0, 1).id())).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void anAbolishedDistrictKeepsItsHistoryButLeavesLaterPeriods() {
        TestUnits.Tree t = testUnits.province(2, 1, 0);
        AsUser.run(AsUser.admin(), () -> admin.endValidity(t.district(1).id(), LocalDate.of(2025, 6, 30)));
        AsUser.run(AsUser.chair(), () -> {
            assertThat(units.children(t.province().id(), Y2024)).hasSize(2);
            assertThat(units.children(t.province().id(), Period.half(2025, 1))).hasSize(2);
            assertThat(units.children(t.province().id(), Period.half(2025, 2))).hasSize(1);
            assertThat(units.get(t.district(1).id()).validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        });
    }

    @Test
    void unitChangesNeedTheAdministratorRole() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        var newUnit = new UnitAdminService.NewUnit("X-" + System.nanoTime(), "Sở X", null, UnitTier.DEPARTMENT, "SO",
                t.province().id(), null, null);
        AsUser.run(AsUser.secretariat(), () ->
                assertThatThrownBy(() -> admin.create(newUnit)).isInstanceOf(AccessDeniedException.class));
        AsUser.run(AsUser.leaderOf(t.district(0)), () ->
                assertThatThrownBy(() -> admin.endValidity(t.district(0).id(), LocalDate.now())).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void nobodySignedInSeesNothing() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        assertThatThrownBy(() -> units.children(t.province().id(), Y2024)).isInstanceOf(AccessDeniedException.class);
    }
}
