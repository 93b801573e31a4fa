package vn.reformdesk.plans;

import java.time.OffsetDateTime;

/**
 * Someone else saved the task after the caller loaded it: the save is refused and nothing is written.
 * The caller keeps its input, reloads, and applies it again if still wanted.
 */
public class ConcurrentEditException extends RuntimeException {

    private final String changedBy;
    private final OffsetDateTime changedAt;

    public ConcurrentEditException(String changedBy, OffsetDateTime changedAt) {
        super("the task was changed by " + changedBy + " at " + changedAt + " after you opened it; nothing was saved");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }
}
