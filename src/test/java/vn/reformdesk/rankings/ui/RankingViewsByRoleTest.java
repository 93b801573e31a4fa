package vn.reformdesk.rankings.ui;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.support.ViewTest;
import vn.reformdesk.support.ViewUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** The ranking pages without a browser: only the record keepers define an index. */
class RankingViewsByRoleTest extends ViewTest {

    @Autowired
    ViewUsers users;

    @Test
    void theRecordKeepersDefineIndexes() {
        for (CurrentUser user : new CurrentUser[]{users.secretariat(), users.admin()}) {
            signIn(user);
            assertThat(open("rankings")).isInstanceOf(RankingsView.class);
            assertThat(shows("rk-grid")).as(user.role()).isTrue();
            assertThat(shows("rk-define")).as(user.role()).isTrue();
            assertThat(open("rankings/define")).isInstanceOf(IndexDefinitionView.class);
        }
    }

    @Test
    void theChairAndTheLeaderReadTheRankingButDefineNothing() {
        for (CurrentUser user : new CurrentUser[]{users.chair(), users.leaderOfChauThanh()}) {
            signIn(user);
            assertThat(open("rankings")).isInstanceOf(RankingsView.class);
            assertThat(shows("rk-grid")).as(user.role()).isTrue();
            assertThat(shows("rk-define")).as(user.role()).isFalse();
            assertThat(open("rankings/define")).as(user.role()).isNotInstanceOf(IndexDefinitionView.class);
        }
    }

    @Test
    void aLeaderOpensTheOwnSheetOfARoundAndNotTheBoard() {
        signIn(users.leaderOfChauThanh());
        assertThat(open("rankings/round")).isInstanceOf(ScoringRoundView.class);
        assertThat(shows("rk-round-summary")).isFalse();
        assertThat(shows("rk-round-publish")).isFalse();
    }
}
