package vn.reformdesk.myunit;

import vn.reformdesk.scorecard.AgendaItem;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a leader's page shows for a unit and period.
 *
 * @param agenda   what the unit must do, overdue first, then open ones by deadline, then those done by the as-of date
 * @param dueSoon  open items whose deadline falls within {@link MyUnitService#DUE_SOON_DAYS} days of the as-of date
 * @param children the units below, worst first
 */
public record MyUnitPage(LocalDate asOf, List<FieldFigures> fields, List<AgendaItem> agenda, List<AgendaItem> dueSoon,
                         List<ChildStanding> children) {

    public long overdue() {
        return agenda.stream().filter(i -> i.status() == AgendaItem.Status.OVERDUE).count();
    }

    public long done() {
        return agenda.stream().filter(i -> i.status() == AgendaItem.Status.DONE).count();
    }
}
