package vn.reformdesk.notifications;

/**
 * What a user wants to be told. A new account gets everything.
 *
 * @param weeklyDigest one message on the digest day listing every overdue item and every item due within 7 days
 * @param dueSoon      an alert when an item comes within {@link ReminderService#DUE_SOON_DAYS} days of its deadline
 * @param overdue      an alert when an item passes its deadline
 */
public record NotificationPreferences(boolean weeklyDigest, boolean dueSoon, boolean overdue) {

    public static final NotificationPreferences ALL = new NotificationPreferences(true, true, true);

    public NotificationPreferences withWeeklyDigest(boolean value) {
        return new NotificationPreferences(value, dueSoon, overdue);
    }

    public NotificationPreferences withDueSoon(boolean value) {
        return new NotificationPreferences(weeklyDigest, value, overdue);
    }

    public NotificationPreferences withOverdue(boolean value) {
        return new NotificationPreferences(weeklyDigest, dueSoon, value);
    }
}
