package vn.reformdesk.inspections;

/**
 * A recommendation's state as of a date (see {@link RecommendationRules}): open and not yet due, overdue,
 * done by its deadline, or done after it. Recorded status is only OPEN or DONE; overdue is derived.
 */
public enum RecommendationState {
    OPEN, OVERDUE, DONE_ON_TIME, DONE_LATE
}
