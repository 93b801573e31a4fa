package vn.reformdesk.plans;

import vn.reformdesk.support.AsUser;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.List;

/** Plans and tasks made by the secretariat for the tests. */
final class PlanFixtures {

    private PlanFixtures() {
    }

    static PlanService.PlanRef plan(PlanService plans, UnitRef unit, int year) {
        return AsUser.call(AsUser.secretariat(), () -> plans.createPlan(unit.id(), year, "1/KH-TEST", LocalDate.of(year, 1, 20),
                "Kế hoạch thử " + year));
    }

    static PlanService.TaskRow task(PlanService plans, PlanService.PlanRef plan, UnitRef lead, LocalDate deadline) {
        return AsUser.call(AsUser.secretariat(), () -> plans.addTask(plan.id(), new PlanService.TaskDraft("", "Nhiệm vụ hạn " + deadline,
                plans.areas().getFirst().id(), lead.id(), List.of(), deadline, "Báo cáo", null)));
    }

    static PlanService.TaskRow status(PlanService plans, PlanService.TaskRow task, TaskStatus status, LocalDate date) {
        return AsUser.call(AsUser.secretariat(), () -> plans.updateStatus(task.id(), plans.task(task.id(), date).version(),
                new PlanService.StatusDraft(status, date, status == TaskStatus.DONE ? "Văn bản số 1" : null,
                        status.needsReason() ? "Lý do" : null, null), ""));
    }
}
