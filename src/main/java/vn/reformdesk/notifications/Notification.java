package vn.reformdesk.notifications;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * One entry of a user's in-app list: a digest, or an alert about one item.
 *
 * @param title  the item's text (user data), or for a digest its summary in the user's language at the time
 * @param route  the page that opens the item, or "" for a digest
 */
public record Notification(long id, LocalDate createdOn, Reason reason, @Nullable String itemKind, String title, String detail,
                           String route, @Nullable LocalDate deadline, boolean mailed, boolean read) {

    public enum Reason { DIGEST, DUE_SOON, OVERDUE }
}
