package vn.reformdesk.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.plans.PlanCommands;
import vn.reformdesk.plans.PlanQueries;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.Roles;
import vn.reformdesk.security.UserService;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseTest
class AuditTrailTest {

    @Autowired
    UserService users;
    @Autowired
    PlanQueries plans;
    @Autowired
    PlanCommands planCommands;
    @Autowired
    AuditQueries audit;
    @Autowired
    TestUnits testUnits;
    @Autowired
    ReportingClock clock;

    @Test
    void everyCommittedWriteIsRecordedWithWhoWhatAndBeforeAndAfter() {
        CurrentUser admin = AsUser.admin();
        String name = "audited" + System.nanoTime();
        long id = AsUser.call(admin, () -> users.create(name, "a long enough passphrase", "Audited", Roles.CHAIR, null));
        AsUser.run(admin, () -> users.setEnabled(id, false, admin.username()));

        List<AuditEvent> mine = AsUser.call(AsUser.admin(), () -> audit.search(
                new AuditFilter(admin.username(), null, clock.today().minusDays(1), clock.today(), null), 0, 50));
        assertThat(mine).extracting(AuditEvent::kind).containsExactly("security.UserService.setEnabled", "security.UserService.create");
        AuditEvent created = mine.get(1);
        assertThat(created.username()).isEqualTo(admin.username());
        assertThat(created.role()).isEqualTo(Roles.ADMIN);
        assertThat(created.input()).contains(name).contains("\"password\":\"***\"").doesNotContain("passphrase");
        assertThat(created.changes()).contains("\"entity\": \"AppUser\"").contains("\"op\": \"insert\"").doesNotContain("{bcrypt}");
        AuditEvent disabled = mine.getFirst();
        assertThat(disabled.changes()).contains("\"op\": \"update\"").contains("\"before\": {\"enabled\": \"true\"")
                .contains("\"after\": {\"enabled\": \"false\"");
    }

    @Test
    void aRefusedWriteLeavesNoTraceAndTheTrailIsSearchedByUnitAndKind() {
        TestUnits.Tree tree = testUnits.province(1, 1, 0);
        CurrentUser secretariat = AsUser.secretariat();
        var plan = AsUser.call(secretariat, () -> planCommands.createPlan(tree.district(0).id(), 2024, "1/KH", LocalDate.of(2024, 1, 5), "Kế hoạch"));
        assertThatThrownBy(() -> AsUser.run(secretariat, () -> planCommands.createPlan(tree.district(0).id(), 2024, "1/KH", null, "again")))
                .isNotNull();
        List<AuditEvent> byUnit = AsUser.call(AsUser.admin(), () -> audit.search(
                new AuditFilter(null, tree.district(0).id(), null, null, "plans.PlanCommands.createPlan"), 0, 50));
        assertThat(byUnit).hasSize(1);
        assertThat(byUnit.getFirst().username()).isEqualTo(secretariat.username());
        assertThat(byUnit.getFirst().input()).contains("Kế hoạch");
        // the page shows the unit by name and code, not by its database id
        assertThat(byUnit.getFirst().unitLabel(java.util.Locale.of("vi")))
                .isEqualTo(tree.district(0).name() + " (" + tree.district(0).code() + ")");
        assertThat(plan.unitId()).isEqualTo(tree.district(0).id());
        assertThat(AsUser.call(AsUser.admin(), () -> audit.kinds())).contains("plans.PlanCommands.createPlan");
        assertThatThrownBy(() -> AsUser.run(AsUser.leaderOf(tree.district(0)), () -> audit.search(AuditFilter.all(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(AsUser.chair(), () -> audit.count(AuditFilter.all())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Period.year(2024)).isNotNull();
    }
}
