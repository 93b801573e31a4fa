package vn.reformdesk.inspections;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The one definition of a recommendation's state as of a date, in Java and as the SQL fragments every
 * query uses (alias {@code r} for the recommendation, parameter {@code :asOf}).
 * <ul>
 *   <li>open as of D: not done, or done after D;</li>
 *   <li>overdue as of D: open as of D and its deadline is before D (on the deadline day it is not yet late);</li>
 *   <li>done on time: done on or before its deadline (and on or before D);</li>
 *   <li>share resolved on time = done on time / (done by D + overdue as of D): recommendations not yet due and
 *       still open do not count either way.</li>
 * </ul>
 * "Done" at a date is read from the status events ({@code recommendation_event}): the event in force at the
 * date, so a recommendation reopened today still counts as done at every earlier cut-off
 * (docs/decisions/2026-11-30-status-as-events.md).
 */
public final class RecommendationRules {

    /** The day it was resolved, if the event in force at {@code :asOf} is DONE; null when it is open then. */
    static final String RESOLVED_AS_OF = "(select case when e.status = 'DONE' then e.effective_on end from recommendation_event e"
            + " where e.recommendation_id = r.id and not e.superseded and e.effective_on <= :asOf"
            + " order by e.effective_on desc, e.id desc limit 1)";
    static final String OPEN_AS_OF = "(" + RESOLVED_AS_OF + " is null)";
    static final String OVERDUE_AS_OF = "(" + OPEN_AS_OF + " and r.deadline < :asOf)";
    static final String DONE_BY = "(" + RESOLVED_AS_OF + " is not null)";
    static final String DONE_ON_TIME = "(" + RESOLVED_AS_OF + " <= r.deadline)";
    static final String DUE_OR_DONE = "(" + DONE_BY + " or " + OVERDUE_AS_OF + ")";
    /** A recommendation exists from the day of the inspection that issued it. */
    static final String ISSUED_BY = "(i.actual_date <= :asOf)";

    private RecommendationRules() {
    }

    public static RecommendationState stateAsOf(LocalDate deadline, RecommendationStatus status,
                                                @Nullable LocalDate resolvedOn, LocalDate asOf) {
        boolean doneByThen = status == RecommendationStatus.DONE && resolvedOn != null && !resolvedOn.isAfter(asOf);
        if (doneByThen) {
            return resolvedOn.isAfter(deadline) ? RecommendationState.DONE_LATE : RecommendationState.DONE_ON_TIME;
        }
        return deadline.isBefore(asOf) ? RecommendationState.OVERDUE : RecommendationState.OPEN;
    }
}
