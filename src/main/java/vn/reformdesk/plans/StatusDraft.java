package vn.reformdesk.plans;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;

/** What the lead unit reports: status, its date (completion or decision), evidence or reason, count achieved. */
public record StatusDraft(TaskStatus status, @Nullable LocalDate statusDate, @Nullable String evidence,
                          @Nullable String reason, @Nullable Integer achievedCount) {
}
