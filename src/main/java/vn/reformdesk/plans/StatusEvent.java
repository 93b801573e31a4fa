package vn.reformdesk.plans;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One status event of a task: the status, the day it took effect, its evidence or reason, who recorded it
 * and when. A superseded event was corrected by a later one and no longer counts.
 */
public record StatusEvent(TaskStatus status, LocalDate effectiveOn, @Nullable String evidence, @Nullable String reason,
                          OffsetDateTime recordedAt, String recordedBy, @Nullable String recordedByName, boolean superseded) {
}
