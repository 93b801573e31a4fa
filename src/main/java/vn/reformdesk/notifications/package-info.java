/**
 * Reminders: each user's choices (weekly digest, items due within 7 days, overdue items), the in-app list of
 * notifications, and the daily run that fills it and sends e-mail in the user's language when a mail server is
 * configured. The items come from the {@code scorecard.AgendaSource} beans, read in the recipient's own scope.
 */
@NullMarked
package vn.reformdesk.notifications;

import org.jspecify.annotations.NullMarked;
