package vn.reformdesk.plans;

import vn.reformdesk.support.AsUser;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.List;

/** Plans and tasks made by the secretariat for the tests. */
final class PlanFixtures {

    private PlanFixtures() {
    }

    static PlanRef plan(PlanCommands planCommands, PlanQueries plans, UnitRef unit, int year) {
        return AsUser.call(AsUser.secretariat(), () -> planCommands.createPlan(unit.id(), year, "1/KH-TEST", LocalDate.of(year, 1, 20),
                "Kế hoạch thử " + year));
    }

    static TaskRow task(PlanCommands planCommands, PlanQueries plans, PlanRef plan, UnitRef lead, LocalDate deadline) {
        return AsUser.call(AsUser.secretariat(), () -> planCommands.addTask(plan.id(), new TaskDraft("", "Nhiệm vụ hạn " + deadline,
                plans.areas().getFirst().id(), lead.id(), List.of(), deadline, "Báo cáo", null)));
    }

    static TaskRow status(PlanCommands planCommands, PlanQueries plans, TaskRow task, TaskStatus status, LocalDate date) {
        return AsUser.call(AsUser.secretariat(), () -> planCommands.updateStatus(task.id(), plans.task(task.id(), date).version(),
                new StatusDraft(status, date, status == TaskStatus.DONE ? "Văn bản số 1" : null,
                        status.needsReason() ? "Lý do" : null, null), ""));
    }
}
