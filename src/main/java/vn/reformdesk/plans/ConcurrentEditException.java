package vn.reformdesk.plans;

import vn.reformdesk.base.UserFacingException;

import java.time.OffsetDateTime;

/**
 * Someone else saved the task after the caller loaded it: the save is refused and nothing is written.
 * The caller keeps its input, reloads, and applies it again if still wanted. A {@link UserFacingException}
 * ({@code plans.conflict}); the dialogs show who saved and when, in the user's time zone.
 */
public class ConcurrentEditException extends UserFacingException {

    private final String changedBy;
    private final OffsetDateTime changedAt;

    public ConcurrentEditException(String changedBy, OffsetDateTime changedAt) {
        super("plans.conflict", changedBy, java.util.Date.from(changedAt.toInstant()));
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
