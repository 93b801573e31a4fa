package vn.reformdesk.inspections;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One status event of a recommendation: done (with evidence) or reopened (with the reason), who and when. */
public record RecommendationEvent(RecommendationStatus status, LocalDate effectiveOn, @Nullable String evidence, @Nullable String reason,
                                  OffsetDateTime recordedAt, String recordedBy, @Nullable String recordedByName, boolean superseded) {
}
