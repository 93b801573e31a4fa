package vn.reformdesk.notifications;

/** What one reminder run did: notifications added to the in-app lists, and e-mails sent. */
public record ReminderRun(int alerts, int digests, int mails) {
}
