package vn.reformdesk.inspections.ui;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.support.ViewTest;
import vn.reformdesk.support.ViewUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** The inspection pages without a browser: only the record keepers plan an inspection. */
class InspectionViewsByRoleTest extends ViewTest {

    @Autowired
    ViewUsers users;

    @Test
    void theRecordKeepersPlanInspectionsFromTheProgressAndTheListPages() {
        for (CurrentUser user : new CurrentUser[]{users.secretariat(), users.admin()}) {
            signIn(user);
            assertThat(open("inspections?unit=89")).isInstanceOf(InspectionsProgressView.class);
            assertThat(shows("inspections-progress-figure")).as(user.role()).isTrue();
            assertThat(shows("inspection-new")).as(user.role()).isTrue();
            assertThat(open("inspections/list?unit=89")).isInstanceOf(InspectionsListView.class);
            assertThat(shows("inspection-new")).as(user.role()).isTrue();
        }
    }

    @Test
    void theChairAndTheLeaderSeeTheProgressButPlanNothing() {
        signIn(users.chair());
        assertThat(open("inspections?unit=89")).isInstanceOf(InspectionsProgressView.class);
        assertThat(shows("inspections-progress-figure")).isTrue();
        assertThat(shows("inspection-new")).isFalse();
        assertThat(open("inspections/list?unit=89")).isInstanceOf(InspectionsListView.class);
        assertThat(shows("inspection-new")).isFalse();

        signIn(users.leaderOfChauThanh());
        assertThat(open("inspections?unit=892")).isInstanceOf(InspectionsProgressView.class);
        assertThat(shows("inspections-progress-figure")).isTrue();
        assertThat(shows("inspection-new")).isFalse();
        assertThat(open("inspections/calendar?unit=892")).isInstanceOf(InspectionsCalendarView.class);
        assertThat(open("inspections/recommendations?unit=892")).isInstanceOf(RecommendationsView.class);
    }

    @Test
    void aLeaderCannotOpenTheProvincesInspections() {
        signIn(users.leaderOfChauThanh());
        assertThat(open("inspections?unit=89")).isNotInstanceOf(InspectionsProgressView.class);
        assertThat(open("inspections/list?unit=89")).isNotInstanceOf(InspectionsListView.class);
        assertThat(shows("inspection-new")).isFalse();
    }
}
