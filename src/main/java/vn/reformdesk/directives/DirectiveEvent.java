package vn.reformdesk.directives;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One entry of a directive's history: the status from a day on, with who recorded it and when. */
public record DirectiveEvent(DirectiveStatus status, LocalDate effectiveOn, @Nullable String evidence, @Nullable String comment,
                             OffsetDateTime recordedAt, String recordedBy) {
}
