package vn.reformdesk.directives;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** What the secretariat records when a meeting opens. */
public record MeetingForm(@Nullable LocalDate heldOn, String periodCode, String title, String chair, String attendees,
                          String minutesNumber) {
}
