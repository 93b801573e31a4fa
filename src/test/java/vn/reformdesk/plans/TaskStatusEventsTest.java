package vn.reformdesk.plans;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestClock;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.reformdesk.plans.PlanFixtures.plan;
import static vn.reformdesk.plans.PlanFixtures.status;
import static vn.reformdesk.plans.PlanFixtures.task;

@DatabaseTest
class TaskStatusEventsTest {

    @Autowired
    PlanQueries plans;
    @Autowired
    PlanCommands planCommands;
    @Autowired
    TestUnits testUnits;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTaskCompletedInMarchAndReopenedInOctoberStaysDoneAtThirtyJuneButNotAtTheYearEnd() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        UnitRef district = t.district(0);
        PlanRef plan = plan(planCommands, plans, district, 2019);
        var march = task(planCommands, plans, plan, district, LocalDate.of(2019, 3, 31));
        task(planCommands, plans, plan, district, LocalDate.of(2019, 12, 31));
        status(planCommands, plans, march, TaskStatus.DONE, LocalDate.of(2019, 3, 20));

        // before the reopening, both cut-offs count it done
        AsUser.run(AsUser.chair(), () -> {
            assertThat(plans.progress(plan.id(), Period.half(2019, 1)).done()).isEqualTo(1);
            assertThat(plans.progress(plan.id(), Period.year(2019)).done()).isEqualTo(1);
        });

        clock.setToday(LocalDate.of(2019, 10, 15));
        TaskRow current = AsUser.call(AsUser.secretariat(), () -> plans.task(march.id(), LocalDate.of(2019, 10, 15)));
        AsUser.run(AsUser.secretariat(), () -> planCommands.reopenTask(march.id(), current.version(), "Báo cáo chưa đạt yêu cầu", null));
        clock.reset();

        AsUser.run(AsUser.chair(), () -> {
            Progress h1 = plans.progress(plan.id(), Period.half(2019, 1));
            assertThat(h1.done()).isEqualTo(1);
            assertThat(h1.percent()).isEqualTo(50.0);
            assertThat(plans.progress(plan.id(), Period.nineMonths(2019)).done()).isEqualTo(1);
            // the day before the reopening it is done, from that day on it is not
            assertThat(plans.progress(plan.id(), LocalDate.of(2019, 10, 14)).done()).isEqualTo(1);
            assertThat(plans.progress(plan.id(), LocalDate.of(2019, 10, 15)).done()).isZero();
            Progress year = plans.progress(plan.id(), Period.year(2019));
            assertThat(year.done()).isZero();
            assertThat(year.percent()).isEqualTo(0.0);
            // reopened past its deadline: overdue at the year end, not at 30 June
            assertThat(year.overdue()).isEqualTo(1);
            assertThat(h1.overdue()).isZero();
            // the burn-up keeps the months when it was done
            assertThat(plans.burnUp(plan.id(), Period.year(2019).end()).done())
                    .containsExactly(0L, 0L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 0L, 0L, 0L);

            TaskRow reopened = plans.task(march.id(), LocalDate.of(2019, 12, 31));
            assertThat(reopened.status()).isEqualTo(TaskStatus.IN_PROGRESS);
            assertThat(reopened.reason()).isEqualTo("Báo cáo chưa đạt yêu cầu");
            assertThat(reopened.done()).isFalse();
            assertThat(plans.task(march.id(), LocalDate.of(2019, 6, 30)).done()).isTrue();

            List<StatusEvent> events = plans.statusEvents(march.id());
            assertThat(events).extracting(StatusEvent::status, StatusEvent::effectiveOn)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(TaskStatus.IN_PROGRESS, LocalDate.of(2019, 10, 15)),
                            org.assertj.core.groups.Tuple.tuple(TaskStatus.DONE, LocalDate.of(2019, 3, 20)));
            assertThat(events.getFirst().reason()).isEqualTo("Báo cáo chưa đạt yêu cầu");
            assertThat(events.getLast().evidence()).isEqualTo("Văn bản số 1");
            // the reopening is in the task's history with its reason as the comment
            assertThat(plans.history(march.id())).anySatisfy(c -> {
                assertThat(c.field()).isEqualTo("status");
                assertThat(c.oldValue()).isEqualTo("DONE");
                assertThat(c.newValue()).isEqualTo("IN_PROGRESS");
                assertThat(c.comment()).isEqualTo("Báo cáo chưa đạt yêu cầu");
            });
        });

        // done again in November: the year end counts it again, the months between do not
        status(planCommands, plans, march, TaskStatus.DONE, LocalDate.of(2019, 11, 5));
        AsUser.run(AsUser.chair(), () -> {
            assertThat(plans.progress(plan.id(), Period.year(2019)).done()).isEqualTo(1);
            assertThat(plans.progress(plan.id(), Period.month(2019, 10)).done()).isZero();
            assertThat(plans.progress(plan.id(), Period.half(2019, 1)).done()).isEqualTo(1);
        });
    }

    @Test
    void onlyTheSecretariatReopensAndOnlyWithAReason() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        UnitRef district = t.district(0);
        PlanRef plan = plan(planCommands, plans, district, 2024);
        var done = status(planCommands, plans, task(planCommands, plans, plan, district, LocalDate.of(2024, 6, 30)), TaskStatus.DONE, LocalDate.of(2024, 6, 1));

        AsUser.run(AsUser.leaderOf(district), () -> assertThatThrownBy(() -> planCommands.updateStatus(done.id(), done.version(),
                new StatusDraft(TaskStatus.IN_PROGRESS, null, null, "sai", null), ""))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("plans.error.reopen-secretariat"));
        AsUser.run(AsUser.leaderOf(district), () -> assertThatThrownBy(() -> planCommands.reopenTask(done.id(), done.version(), "sai", null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class));
        AsUser.run(AsUser.secretariat(), () -> assertThatThrownBy(() -> planCommands.reopenTask(done.id(), done.version(), " ", null))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("plans.error.reopen-reason"));
        // a new status cannot take effect before the one in force
        AsUser.run(AsUser.secretariat(), () -> assertThatThrownBy(() -> planCommands.reopenTask(done.id(), done.version(), "sai",
                LocalDate.of(2024, 5, 1)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("plans.error.status-before-current"));
        AsUser.run(AsUser.chair(), () -> assertThat(plans.task(done.id(), LocalDate.of(2024, 12, 31)).status()).isEqualTo(TaskStatus.DONE));
    }

    @Test
    void correctingTheCompletionDateSupersedesTheEventItCorrects() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        UnitRef district = t.district(0);
        PlanRef plan = plan(planCommands, plans, district, 2024);
        var task = status(planCommands, plans, task(planCommands, plans, plan, district, LocalDate.of(2024, 6, 30)), TaskStatus.DONE, LocalDate.of(2024, 3, 15));
        status(planCommands, plans, task, TaskStatus.DONE, LocalDate.of(2024, 3, 20));
        AsUser.run(AsUser.chair(), () -> {
            assertThat(plans.progress(plan.id(), LocalDate.of(2024, 3, 17)).done()).isZero();
            assertThat(plans.progress(plan.id(), LocalDate.of(2024, 3, 20)).done()).isEqualTo(1);
            assertThat(plans.statusEvents(task.id())).extracting(StatusEvent::superseded).containsExactly(false, true);
        });
    }

    @Test
    void aStatusWrittenStraightIntoTheTableIsAnEventToo() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        UnitRef district = t.district(0);
        PlanRef plan = plan(planCommands, plans, district, 2024);
        var task = task(planCommands, plans, plan, district, LocalDate.of(2024, 6, 30));
        jdbc.update("update plan_task set status = 'DONE', status_date = date '2024-04-02', evidence = 'x', updated_by = 'sql' where id = ?",
                task.id());
        assertThat(jdbc.queryForObject("select count(*) from plan_task_event where task_id = ? and status = 'DONE'"
                + " and effective_on = date '2024-04-02' and recorded_by = 'sql'", Long.class, task.id())).isEqualTo(1);
        AsUser.run(AsUser.chair(), () -> assertThat(plans.progress(plan.id(), Period.half(2024, 1)).done()).isEqualTo(1));
    }
}
