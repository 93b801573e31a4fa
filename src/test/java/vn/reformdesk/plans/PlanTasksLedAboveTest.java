package vn.reformdesk.plans;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.Period;
import vn.reformdesk.scorecard.AgendaItem;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.reformdesk.plans.PlanFixtures.plan;
import static vn.reformdesk.plans.PlanFixtures.task;

@DatabaseTest
class PlanTasksLedAboveTest {

    private static final LocalDate EARLY = LocalDate.of(2024, 3, 31);
    private static final LocalDate LATE = LocalDate.of(2024, 10, 31);
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    @Autowired
    PlanQueries plans;
    @Autowired
    PlanCommands planCommands;
    @Autowired
    PlanTaskAgenda agenda;
    @Autowired
    UnitService units;
    @Autowired
    TestUnits testUnits;

    @Test
    void aCommuneLeaderListsExactlyTheTasksItsCommuneLeadsInTheDistrictPlanAndNothingElseOfIt() {
        TestUnits.Tree t = testUnits.province(1, 2, 0);
        PlanRef districtPlan = plan(planCommands, plans, t.district(0), 2024);
        TaskRow overdue = task(planCommands, plans, districtPlan, t.commune(0, 0), EARLY);
        TaskRow open = task(planCommands, plans, districtPlan, t.commune(0, 0), LATE);
        TaskRow districtTask = task(planCommands, plans, districtPlan, t.district(0), LATE);
        TaskRow neighbourTask = task(planCommands, plans, districtPlan, t.commune(0, 1), LATE);

        AsUser.run(AsUser.leaderOf(t.commune(0, 0)), () -> {
            var led = plans.tasksLedBy(t.commune(0, 0), 2024, AS_OF);
            assertThat(led).extracting(l -> l.task().id()).containsExactly(overdue.id(), open.id());
            assertThat(led).allSatisfy(l -> {
                assertThat(l.plan().id()).isEqualTo(districtPlan.id());
                assertThat(l.inOwnPlan()).isFalse();
            });
            assertThat(led.getFirst().task().overdue()).isTrue();
            assertThat(plans.planOfTask(open.id()).number()).isEqualTo(districtPlan.number());

            // through the agenda: overdue first, each with a link that opens the task on the plans page
            assertThat(agenda.items(t.commune(0, 0), AS_OF, false)).extracting(AgendaItem::id, AgendaItem::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(overdue.id(), AgendaItem.Status.OVERDUE),
                            org.assertj.core.groups.Tuple.tuple(open.id(), AgendaItem.Status.OPEN));
            assertThat(agenda.items(t.commune(0, 0), AS_OF, false).getFirst().route())
                    .isEqualTo("plans?unit=" + t.commune(0, 0).code() + "&period=2024&task=" + overdue.id());

            // the rest of the district's plan stays out of reach
            assertThatThrownBy(() -> plans.tasksLedBy(t.district(0), 2024, AS_OF)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.tasksLedBy(t.commune(0, 1), 2024, AS_OF)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.plan(districtPlan.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.tasks(districtPlan.id(), AS_OF, 0, 50)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.progress(districtPlan.id(), AS_OF)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.task(neighbourTask.id(), AS_OF)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.planOfTask(districtTask.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> agenda.items(t.commune(0, 1), AS_OF, true)).isInstanceOf(AccessDeniedException.class);

            // marking its task done is allowed
            planCommands.updateStatus(open.id(), open.version(),
                    new StatusDraft(TaskStatus.DONE, LocalDate.of(2024, 6, 20), "Báo cáo số 5/BC-UBND", null, null), "");
            assertThat(agenda.items(t.commune(0, 0), AS_OF, false)).extracting(AgendaItem::id).containsExactly(overdue.id());
            assertThat(agenda.items(t.commune(0, 0), AS_OF, true)).extracting(AgendaItem::status)
                    .containsExactly(AgendaItem.Status.OVERDUE, AgendaItem.Status.DONE);
        });
        // ... and it counts in the district's figures
        AsUser.run(AsUser.leaderOf(t.district(0)), () -> {
            assertThat(plans.progress(districtPlan.id(), AS_OF).done()).isEqualTo(1);
            assertThat(plans.tasksLedBy(t.commune(0, 0), 2024, AS_OF)).hasSize(2);
            assertThat(plans.tasksLedBy(t.district(0), 2024, AS_OF)).singleElement()
                    .satisfies(l -> assertThat(l.inOwnPlan()).isTrue());
        });
    }

    @Test
    void theDemoCommuneAnChauLeadsFourTasksOfTheDistrictPlan31() {
        var anChau = AsUser.call(AsUser.secretariat(), () -> units.findByCode("30589", Period.year(2019)).orElseThrow());
        var led = AsUser.call(AsUser.leaderOf(anChau), () -> plans.tasksLedBy(anChau, 2019, LocalDate.of(2019, 12, 31)));
        assertThat(led).hasSize(4).allSatisfy(l -> assertThat(l.plan().number()).isEqualTo("31/KH-UBND"));
    }
}
