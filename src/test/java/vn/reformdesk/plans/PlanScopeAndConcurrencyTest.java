package vn.reformdesk.plans;

import vn.reformdesk.base.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.Period;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.reformdesk.plans.PlanFixtures.plan;
import static vn.reformdesk.plans.PlanFixtures.task;

@DatabaseTest
class PlanScopeAndConcurrencyTest {

    private static final LocalDate DEADLINE = LocalDate.of(2024, 10, 31);
    private static final LocalDate DONE_ON = LocalDate.of(2024, 10, 2);

    @Autowired
    PlanQueries plans;
    @Autowired
    PlanCommands planCommands;
    @Autowired
    UnitService units;
    @Autowired
    TestUnits testUnits;

    private static StatusDraft done() {
        return new StatusDraft(TaskStatus.DONE, DONE_ON, "Báo cáo số 12/BC-UBND", null, null);
    }

    @Test
    void aDistrictLeaderNeitherReadsNorEditsAnotherDistrictsPlan() {
        TestUnits.Tree t = testUnits.province(2, 1, 0);
        PlanRef own = plan(planCommands, plans, t.district(0), 2024);
        TaskRow ownTask = task(planCommands, plans, own, t.district(0), DEADLINE);
        PlanRef other = plan(planCommands, plans, t.district(1), 2024);
        TaskRow otherTask = task(planCommands, plans, other, t.district(1), DEADLINE);

        AsUser.run(AsUser.leaderOf(t.district(0)), () -> {
            assertThatThrownBy(() -> plans.planOf(t.district(1), 2024)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.plan(other.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.progress(other.id(), DEADLINE)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.tasks(other.id(), DEADLINE, 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.task(otherTask.id(), DEADLINE)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.history(otherTask.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.exportTasks(other.id(), DEADLINE, vn.reformdesk.base.AppLocales.VIETNAMESE))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> planCommands.updateStatus(otherTask.id(), otherTask.version(), done(), ""))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.drillDown(t.province(), Period.year(2024))).isInstanceOf(AccessDeniedException.class);
            assertThat(plans.completion(List.of(t.district(0), t.district(1)), Period.year(2024))).containsOnlyKeys(t.district(0).id());
            assertThatThrownBy(() -> planCommands.createPlan(t.district(0).id(), 2025, "1", LocalDate.of(2025, 1, 2), "x"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> planCommands.addTask(own.id(), plans.draftOf(ownTask))).isInstanceOf(AccessDeniedException.class);

            // its own task: yes; but not the task's definition
            TaskRow saved = planCommands.updateStatus(ownTask.id(), ownTask.version(), done(), "xong");
            assertThat(saved.status()).isEqualTo(TaskStatus.DONE);
            TaskDraft retitled = new TaskDraft(saved.number(), "Tên khác", saved.area().id(), saved.leadUnitId(),
                    List.of(), saved.deadline(), saved.expectedOutput(), saved.targetCount());
            assertThatThrownBy(() -> planCommands.updateTask(saved.id(), saved.version(), retitled, done(), ""))
                    .isInstanceOf(AccessDeniedException.class);
        });
        AsUser.run(AsUser.chair(), () -> {
            assertThat(plans.progress(other.id(), DEADLINE).done()).isZero();
            assertThat(plans.progress(own.id(), DEADLINE).done()).isEqualTo(1);
            assertThatThrownBy(() -> planCommands.updateStatus(otherTask.id(), otherTask.version(), done(), ""))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void aCommuneLeaderUpdatesOnlyTheTasksItsCommuneLeadsInTheDistrictPlan() {
        TestUnits.Tree t = testUnits.province(1, 2, 0);
        PlanRef plan = plan(planCommands, plans, t.district(0), 2024);
        TaskRow communeTask = task(planCommands, plans, plan, t.commune(0, 0), DEADLINE);
        TaskRow districtTask = task(planCommands, plans, plan, t.district(0), DEADLINE);
        TaskRow neighbourTask = task(planCommands, plans, plan, t.commune(0, 1), DEADLINE);

        AsUser.run(AsUser.leaderOf(t.commune(0, 0)), () -> {
            assertThat(plans.canUpdateStatus(plans.task(communeTask.id(), DEADLINE))).isTrue();
            assertThat(planCommands.updateStatus(communeTask.id(), communeTask.version(), done(), "").done()).isTrue();
            assertThatThrownBy(() -> planCommands.updateStatus(districtTask.id(), districtTask.version(), done(), ""))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> planCommands.updateStatus(neighbourTask.id(), neighbourTask.version(), done(), ""))
                    .isInstanceOf(AccessDeniedException.class);
            // the district's plan as a whole stays out of reach
            assertThatThrownBy(() -> plans.planOf(t.district(0), 2024)).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndTheFirstIsKept() {
        TestUnits.Tree t = testUnits.province(1, 0, 0);
        PlanRef plan = plan(planCommands, plans, t.district(0), 2024);
        TaskRow created = task(planCommands, plans, plan, t.district(0), DEADLINE);
        UnitRef district = t.district(0);

        // both open the task (same version), the leader saves first
        TaskRow seenByLeader = AsUser.call(AsUser.leaderOf(district), () -> plans.task(created.id(), DEADLINE));
        TaskRow seenBySecretariat = AsUser.call(AsUser.secretariat(), () -> plans.task(created.id(), DEADLINE));
        AsUser.run(AsUser.leaderOf(district), () -> planCommands.updateStatus(seenByLeader.id(), seenByLeader.version(), done(), "đã xong"));

        AsUser.run(AsUser.secretariat(), () -> {
            StatusDraft postpone = new StatusDraft(TaskStatus.POSTPONED, null, null, "Chờ hướng dẫn", null);
            assertThatThrownBy(() -> planCommands.updateStatus(seenBySecretariat.id(), seenBySecretariat.version(), postpone, ""))
                    .isInstanceOf(ConcurrentEditException.class)
                    .satisfies(e -> assertThat(((ConcurrentEditException) e).changedBy()).startsWith("unit_leader"));
            TaskRow now = plans.task(created.id(), DEADLINE);
            assertThat(now.status()).isEqualTo(TaskStatus.DONE);
            assertThat(now.evidence()).isEqualTo("Báo cáo số 12/BC-UBND");
            // the history: created, then the leader's status, date and evidence, nothing of the refused save
            assertThat(plans.history(created.id())).extracting(Change::field)
                    .containsExactlyInAnyOrder("created", "status", "statusDate", "evidence");
            assertThat(plans.history(created.id())).filteredOn(c -> c.field().equals("status")).singleElement()
                    .satisfies(c -> {
                        assertThat(c.oldValue()).isEqualTo("NOT_STARTED");
                        assertThat(c.newValue()).isEqualTo("DONE");
                        assertThat(c.comment()).isEqualTo("đã xong");
                        assertThat(c.by()).startsWith("unit_leader");
                    });
            // after reloading, the secretariat's save goes through
            assertThat(planCommands.updateStatus(now.id(), now.version(), postpone, "hoãn").status()).isEqualTo(TaskStatus.POSTPONED);
        });
    }

    @Test
    void aStatusNeedsItsDateEvidenceOrReasonAndATaskItsTitleAndADeadlineInThePlanYear() {
        TestUnits.Tree t = testUnits.province(1, 0, 0);
        PlanRef plan = plan(planCommands, plans, t.district(0), 2024);
        TaskRow task = task(planCommands, plans, plan, t.district(0), DEADLINE);
        AsUser.run(AsUser.secretariat(), () -> {
            assertThatThrownBy(() -> planCommands.updateStatus(task.id(), task.version(),
                    new StatusDraft(TaskStatus.DONE, DONE_ON, " ", null, null), ""))
                    .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).key())
                    .isEqualTo("plans.error.evidence");
            assertThatThrownBy(() -> planCommands.updateStatus(task.id(), task.version(),
                    new StatusDraft(TaskStatus.DONE, null, "x", null, null), ""))
                    .extracting(e -> ((UserFacingException) e).key()).isEqualTo("plans.error.done-date");
            assertThatThrownBy(() -> planCommands.updateStatus(task.id(), task.version(),
                    new StatusDraft(TaskStatus.CANCELLED, DONE_ON, null, "", null), ""))
                    .extracting(e -> ((UserFacingException) e).key()).isEqualTo("plans.error.reason");
            assertThatThrownBy(() -> planCommands.addTask(plan.id(), new TaskDraft("", " ", plans.areas().getFirst().id(),
                    t.district(0).id(), List.of(), DEADLINE, null, null)))
                    .extracting(e -> ((UserFacingException) e).key()).isEqualTo("plans.error.title-empty");
            assertThatThrownBy(() -> planCommands.addTask(plan.id(), new TaskDraft("", "Nhiệm vụ", plans.areas().getFirst().id(),
                    t.district(0).id(), List.of(), LocalDate.of(2025, 1, 15), null, null)))
                    .extracting(e -> ((UserFacingException) e).key()).isEqualTo("plans.error.deadline-year");
            assertThatThrownBy(() -> planCommands.createPlan(t.district(0).id(), 2024, "2/KH", LocalDate.of(2024, 2, 1), "Trùng"))
                    .extracting(e -> ((UserFacingException) e).key()).isEqualTo("plans.error.plan-exists");
            assertThat(plans.countTasks(plan.id())).isEqualTo(1);
            assertThat(plans.history(task.id())).hasSize(1);
        });
    }

    @Test
    void areasAreDataTheSecretariatCanExtend() {
        AsUser.run(AsUser.secretariat(), () -> {
            assertThat(plans.areas()).extracting(Area::code).startsWith("CHI_DAO", "THE_CHE", "TTHC", "BO_MAY",
                    "CBCCVC", "TAI_CHINH", "HIEN_DAI");
            String code = "TAC_DONG_" + (System.nanoTime() % 10000);
            Area area = planCommands.createArea(code, "Tác động của CCHC", "Impact of reform");
            assertThat(plans.areas()).contains(area);
            planCommands.updateArea(area.id(), area.version(), area.name(), area.nameEn(), false);
            assertThat(plans.areas()).extracting(Area::code).doesNotContain(code);
            assertThatThrownBy(() -> planCommands.updateArea(area.id(), area.version(), "x", null, true)).isInstanceOf(ConcurrentEditException.class);
        });
        AsUser.run(AsUser.chair(), () -> assertThatThrownBy(() -> planCommands.createArea("X", "X", null)).isInstanceOf(AccessDeniedException.class));
    }
}
