package vn.reformdesk.plans;

import org.springframework.stereotype.Component;
import vn.reformdesk.scorecard.AgendaItem;
import vn.reformdesk.scorecard.AgendaSource;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.List;

/**
 * Plan tasks a unit leads, in its own plan or in the plan of a unit above it (a commune's tasks in the
 * district's plan), for the year of the as-of date. Scope is checked by {@link PlanQueries#tasksLedBy}.
 */
@Component
class PlanTaskAgenda implements AgendaSource {

    static final String KIND = "plan-task";
    /** Query parameter of the plans page that opens one task. */
    public static final String TASK_PARAM = "task";

    private final PlanQueries plans;

    PlanTaskAgenda(PlanQueries plans) {
        this.plans = plans;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<AgendaItem> items(UnitRef unit, LocalDate asOf, boolean includeDone) {
        return plans.tasksLedBy(unit, asOf.getYear(), asOf).stream()
                .filter(l -> includeDone || !l.task().done())
                .map(l -> item(unit, l))
                .toList();
    }

    private static AgendaItem item(UnitRef unit, LedTask l) {
        TaskRow t = l.task();
        AgendaItem.Status status = t.done() ? AgendaItem.Status.DONE
                : t.overdue() ? AgendaItem.Status.OVERDUE : AgendaItem.Status.OPEN;
        return new AgendaItem(KIND, t.id(), t.title(), l.plan().number() + " · " + t.number(), t.deadline(), status,
                t.done() ? t.statusDate() : null,
                "plans?unit=" + unit.code() + "&period=" + l.plan().year() + "&" + TASK_PARAM + "=" + t.id());
    }
}
