package vn.reformdesk.units.ui;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.support.ViewTest;
import vn.reformdesk.support.ViewUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** The unit tree without a browser: only the administrator imports the statistics office's lists. */
class UnitViewsByRoleTest extends ViewTest {

    @Autowired
    ViewUsers users;

    @Test
    void onlyTheAdministratorImportsUnitsAndConversions() {
        signIn(users.admin());
        assertThat(open("units")).isInstanceOf(UnitsView.class);
        assertThat(shows("gso-import")).isTrue();
        assertThat(shows("conversion-import")).isTrue();
        for (CurrentUser user : new CurrentUser[]{users.secretariat(), users.chair(), users.leaderOfChauThanh()}) {
            signIn(user);
            assertThat(open("units")).isInstanceOf(UnitsView.class);
            assertThat(shows("gso-import")).as(user.role()).isFalse();
            assertThat(shows("conversion-import")).as(user.role()).isFalse();
        }
    }
}
