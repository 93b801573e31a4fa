package vn.reformdesk.inspections;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.Formats;

import java.time.LocalDate;
import java.util.List;

/**
 * Inspection progress of a unit's subtree in a period: inspected / planned. Planned = every inspection whose
 * planned month falls in the period, except cancelled ones (postponed ones stay planned, not done); done =
 * those with status DONE. {@code share} is {@link Formats#share}.
 */
public record ProgressReport(Line total, List<Line> byType, List<Line> byTopic, List<Inspection> postponed,
                             long cancelled, RecommendationSummary recommendations) {

    /** One line of counts: {@code key} is the type or topic code ("" for the total). */
    public record Line(String key, long planned, long done) {
        public @Nullable Double share() {
            return Formats.share(done, planned);
        }
    }

    /**
     * Recommendations of the subtree's units issued by {@code asOf} (see {@link RecommendationRules}).
     */
    public record RecommendationSummary(LocalDate asOf, long issued, long open, long overdue, long doneOnTime,
                                        long dueOrDone) {
        public @Nullable Double onTimeShare() {
            return Formats.share(doneOnTime, dueOrDone);
        }
    }
}
