package vn.reformdesk.support;

import org.springframework.stereotype.Component;
import vn.reformdesk.base.Period;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

/** The four roles of the view tests; the leader is the demo data's leader of Châu Thành (892). */
@Component
public class ViewUsers {

    public static final String CHAU_THANH = "892";

    private final UnitService units;

    ViewUsers(UnitService units) {
        this.units = units;
    }

    public CurrentUser admin() {
        return AsUser.admin();
    }

    public CurrentUser chair() {
        return AsUser.chair();
    }

    public CurrentUser secretariat() {
        return AsUser.secretariat();
    }

    public CurrentUser leaderOfChauThanh() {
        UnitRef unit = AsUser.call(AsUser.admin(), () -> units.findByCode(CHAU_THANH, Period.year(2024)).orElseThrow());
        return AsUser.leaderOf(unit);
    }
}
