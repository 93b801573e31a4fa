package vn.reformdesk.plans;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.RoleRules;
import vn.reformdesk.security.Roles;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.util.NoSuchElementException;

/**
 * Who may read and change which plan or task, asked in one place by {@link PlanQueries} and {@link PlanCommands}:
 * a plan is read through its unit; a task through its plan's unit or its lead unit (a leader sees the tasks its
 * unit leads in a plan above it); a task's status is reported by the keepers of plans or a leader of its lead unit.
 */
@Component
class PlanAccess {

    private final ReformPlanRepository plans;
    private final PlanFigures figures;
    private final UnitService units;
    private final CurrentUserService currentUser;

    PlanAccess(ReformPlanRepository plans, PlanFigures figures, UnitService units, CurrentUserService currentUser) {
        this.plans = plans;
        this.figures = figures;
        this.units = units;
        this.currentUser = currentUser;
    }

    /** The plan, when the caller may read its unit. */
    ReformPlan readablePlan(long planId) {
        ReformPlan plan = plans.findById(planId).orElseThrow(() -> new NoSuchElementException("no plan " + planId));
        units.requireReadable(plan.getUnitId());
        return plan;
    }

    void requireTaskReadable(TaskRow task) {
        PlanRef plan = plans.findById(task.planId()).map(ReformPlan::toRef).orElseThrow();
        CurrentUser user = currentUser.require();
        if (user.seesEverything()) {
            return;
        }
        String root = units.scopeRoot().map(UnitRef::path).orElse("/");
        if (!figures.unitPath(plan.unitId()).startsWith(root) && !figures.unitPath(task.leadUnitId()).startsWith(root)) {
            throw new AccessDeniedException("task " + task.id() + " is outside your scope");
        }
    }

    boolean canKeepPlans() {
        return RoleRules.keepsRecords(currentUser.require());
    }

    /** Keepers of plans, or a leader of the task's lead unit (or of a unit above it). */
    boolean canUpdateStatus(TaskRow task) {
        CurrentUser user = currentUser.require();
        if (RoleRules.keepsRecords(user)) {
            return true;
        }
        if (!user.hasRole(Roles.UNIT_LEADER)) {
            return false;
        }
        return units.scopeRoot().map(root -> figures.unitPath(task.leadUnitId()).startsWith(root.path())).orElse(false);
    }

    /** The task as a draft of its definition, to save its status with the definition unchanged. */
    TaskDraft draftOf(TaskRow t) {
        return new TaskDraft(t.number(), t.title(), t.area().id(), t.leadUnitId(), figures.supportIds(t.id()), t.deadline(),
                t.expectedOutput(), t.targetCount());
    }
}
