package vn.reformdesk.plans.ui;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.support.ViewTest;
import vn.reformdesk.support.ViewUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan page without a browser: only the secretariat and the administrator change a plan. */
class PlanViewsByRoleTest extends ViewTest {

    private static final String PAGE = "plans?unit=892&period=2024";

    @Autowired
    ViewUsers users;

    @Test
    void theRecordKeepersEditAddAndImportTasks() {
        for (CurrentUser user : new CurrentUser[]{users.secretariat(), users.admin()}) {
            signIn(user);
            assertThat(open(PAGE)).isInstanceOf(PlansView.class);
            assertThat(shows("plans-progress")).as(user.role()).isTrue();
            assertThat(shows("plans-edit")).as(user.role()).isTrue();
            assertThat(shows("plans-task-add")).as(user.role()).isTrue();
            assertThat(shows("plans-import")).as(user.role()).isTrue();
            assertThat(shows("plans-export")).as(user.role()).isTrue();
        }
    }

    @Test
    void theChairAndTheLeaderReadAndDownloadButChangeNothing() {
        for (CurrentUser user : new CurrentUser[]{users.chair(), users.leaderOfChauThanh()}) {
            signIn(user);
            assertThat(open(PAGE)).isInstanceOf(PlansView.class);
            assertThat(shows("plans-progress")).as(user.role()).isTrue();
            assertThat(shows("plans-export")).as(user.role()).isTrue();
            assertThat(shows("plans-edit")).as(user.role()).isFalse();
            assertThat(shows("plans-task-add")).as(user.role()).isFalse();
            assertThat(shows("plans-import")).as(user.role()).isFalse();
        }
    }

    @Test
    void aLeaderCannotOpenTheProvincesPlan() {
        signIn(users.leaderOfChauThanh());
        assertThat(open("plans?unit=89&period=2024")).isNotInstanceOf(PlansView.class);
        assertThat(shows("plans-progress")).isFalse();
    }

    @Test
    void aUnitsTasksLedByAnotherUnitAreListedWithTheirStatus() {
        // a district whose plan's tasks are led by units above or beside it (the demo data's 886 in 2024)
        signIn(users.chair());
        assertThat(open("plans?unit=886&period=2024")).isInstanceOf(PlansView.class);
        assertThat(shows("plans-led-elsewhere")).isTrue();
    }
}
