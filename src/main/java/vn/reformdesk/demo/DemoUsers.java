package vn.reformdesk.demo;

import org.springframework.stereotype.Component;
import vn.reformdesk.base.DemoDataContributor;
import vn.reformdesk.base.Period;
import vn.reformdesk.security.Roles;
import vn.reformdesk.security.UserService;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

/** One user per role, and leaders of a district (Châu Thành), a commune (An Châu) and a department. */
@Component
class DemoUsers implements DemoDataContributor {

    /** Every demo account has this password; it exists only in demo mode. */
    static final String PASSWORD = "demo1234";

    private final UserService users;
    private final UnitService units;

    DemoUsers(UserService users, UnitService units) {
        this.users = users;
        this.units = units;
    }

    @Override
    public String key() {
        return "users";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void load() {
        Period p2024 = Period.year(2024);
        users.create("admin", PASSWORD, "Quản trị hệ thống", Roles.ADMIN, null);
        users.create("chair", PASSWORD, "Trưởng Ban Chỉ đạo CCHC tỉnh", Roles.CHAIR, null);
        users.create("secretariat", PASSWORD, "Tổ giúp việc – Sở Nội vụ", Roles.SECRETARIAT, null);
        users.create("chauthanh", PASSWORD, "Chủ tịch UBND huyện Châu Thành", Roles.UNIT_LEADER, unit("892", p2024).id());
        users.create("anchau", PASSWORD, "Chủ tịch UBND thị trấn An Châu", Roles.UNIT_LEADER, unit("30589", p2024).id());
        users.create("sonoivu", PASSWORD, "Giám đốc Sở Nội vụ", Roles.UNIT_LEADER, unit("89-SNV", p2024).id());
    }

    private UnitRef unit(String code, Period period) {
        return units.findByCode(code, period).orElseThrow();
    }
}
