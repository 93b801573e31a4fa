package vn.reformdesk.directives;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A directive read as of a day ({@link DirectiveRules}).
 *
 * @param status      the status in effect that day
 * @param statusSince the day that status took effect
 * @param evidence    the evidence of the latest event in effect that carries one, or null
 * @param overdue     not done nor cancelled, and the deadline has passed by that day
 * @param statusBy    who recorded the status in effect that day (null when only the meeting recorded it)
 * @param statusNote  the comment of that status, e.g. the reason it was reopened, or null
 */
public record Directive(long id, long meetingId, int seq, String text, long responsibleUnitId, String responsibleCode,
                        String responsibleName, LocalDate deadline, @Nullable String measureId, DirectiveStatus status,
                        LocalDate statusSince, @Nullable String evidence, boolean overdue, LocalDate meetingDate,
                        String meetingTitle, long meetingUnitId, @Nullable String statusBy, @Nullable String statusNote) {
}
