package vn.reformdesk.plans;


/** A task the unit leads, with the plan it belongs to (the unit's own plan or the plan of a unit above it). */
public record LedTask(TaskRow task, PlanRef plan, String planUnitCode) {
    public boolean inOwnPlan() {
        return plan.unitId() == task.leadUnitId();
    }
}
