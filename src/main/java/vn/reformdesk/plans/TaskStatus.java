package vn.reformdesk.plans;

/** Where a task stands. Overdue is not a status: it follows from the deadline at a given date. */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE, POSTPONED, CANCELLED;

    /** DONE needs a completion date and evidence; POSTPONED and CANCELLED need a reason. */
    public boolean needsReason() {
        return this == POSTPONED || this == CANCELLED;
    }
}
