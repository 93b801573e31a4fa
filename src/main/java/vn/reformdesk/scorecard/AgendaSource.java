package vn.reformdesk.scorecard;

import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.List;

/**
 * What a unit must do, from one feature: plan tasks it leads (in any plan), recommendations addressed to it,
 * the committee's directives. A feature registers one bean; implementations check scope.
 */
public interface AgendaSource {

    /** {@code plan-task}, {@code recommendation}, {@code directive}. */
    String kind();

    /** The unit's own items (not its subtree's), open ones and, with {@code includeDone}, done ones too. */
    List<AgendaItem> items(UnitRef unit, LocalDate asOf, boolean includeDone);
}
