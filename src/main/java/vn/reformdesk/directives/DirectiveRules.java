package vn.reformdesk.directives;

/**
 * THE definitions of a directive's state, as SQL over a directive {@code d} at a day {@code :asOf}:
 * <ul>
 *   <li>it exists from its meeting's day on;</li>
 *   <li>its status is the one of its latest event that took effect on or before the day (events are kept,
 *       never changed, so the state at a past day stays what it was);</li>
 *   <li>done: status DONE; counted (the denominator of "n/m done"): not CANCELLED;</li>
 *   <li>overdue: counted, not done, and its deadline is before the day.</li>
 * </ul>
 */
final class DirectiveRules {

    private DirectiveRules() {
    }

    /** The event in effect at :asOf (lateral join alias {@code ev}). */
    static final String EVENT_AS_OF = " left join lateral (select e.status, e.effective_on, e.recorded_by, e.comment,"
            + " (select e2.evidence from directive_event e2 where e2.directive_id = d.id and e2.effective_on <= :asOf"
            + "   and e2.evidence is not null order by e2.effective_on desc, e2.id desc limit 1) as evidence"
            + " from directive_event e where e.directive_id = d.id and e.effective_on <= :asOf"
            + " order by e.effective_on desc, e.id desc limit 1) ev on true";

    static final String EXISTS = "(m.held_on <= :asOf)";
    static final String DONE = "(ev.status = 'DONE')";
    static final String COUNTED = "(coalesce(ev.status, 'OPEN') <> 'CANCELLED')";
    static final String OVERDUE = "(" + COUNTED + " and not coalesce(" + DONE + ", false) and d.deadline < :asOf)";
}
