package vn.reformdesk.review.ui;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.support.ViewTest;
import vn.reformdesk.support.ViewUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** The review page and the briefing packs without a browser: who opens a meeting, who schedules packs. */
class ReviewViewsByRoleTest extends ViewTest {

    private static final String PAGE = "review?unit=89&period=2019-9M";

    @Autowired
    ViewUsers users;

    @Test
    void theCommitteeOpensAMeetingAndTheRecordKeepersSchedulePacks() {
        for (CurrentUser user : new CurrentUser[]{users.secretariat(), users.admin(), users.chair()}) {
            signIn(user);
            assertThat(open(PAGE)).isInstanceOf(ReviewView.class);
            assertThat(shows("review-laggards")).as(user.role()).isTrue();
            assertThat(shows("review-pdf")).as(user.role()).isTrue();
            assertThat(shows("review-open-meeting")).as(user.role()).isTrue();
        }
        for (CurrentUser user : new CurrentUser[]{users.secretariat(), users.admin()}) {
            signIn(user);
            assertThat(open("packs")).isInstanceOf(PacksView.class);
            assertThat(shows("packs-save")).as(user.role()).isTrue();
        }
        signIn(users.chair());
        assertThat(open("packs")).isInstanceOf(PacksView.class);
        assertThat(shows("packs-save")).isFalse();
    }

    @Test
    void aLeaderReviewsTheOwnUnitOpensNoMeetingAndCannotReviewTheProvince() {
        signIn(users.leaderOfChauThanh());
        assertThat(open("review?unit=892&period=2019-9M")).isInstanceOf(ReviewView.class);
        assertThat(shows("review-pdf")).isTrue();
        assertThat(shows("review-open-meeting")).isFalse();
        assertThat(open("packs")).isInstanceOf(PacksView.class);
        assertThat(shows("packs-save")).isFalse();

        assertThat(open(PAGE)).isNotInstanceOf(ReviewView.class);
        assertThat(shows("review-laggards")).isFalse();
    }
}
