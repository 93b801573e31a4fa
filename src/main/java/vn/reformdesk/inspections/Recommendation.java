package vn.reformdesk.inspections;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;

/**
 * A recommendation (kiến nghị) from an inspection: what the responsible unit must remedy by the deadline.
 *
 * @param issuedOn  the day of the inspection that issued it
 * @param mayResolve whether the current user may mark it done (the secretariat, or the responsible unit's leader)
 * @param statusBy   who last marked it done or reopened it (null when never)
 */
public record Recommendation(long id, long version, long inspectionId, String text, UnitRef responsible,
                             LocalDate deadline, RecommendationStatus status, @Nullable LocalDate resolvedOn,
                             @Nullable String evidence, @Nullable LocalDate issuedOn, UnitRef inspected,
                             String topicCode, boolean mayResolve, @Nullable String statusBy) {

    public RecommendationState stateAsOf(LocalDate asOf) {
        return RecommendationRules.stateAsOf(deadline, status, resolvedOn, asOf);
    }

    /** Days since it was issued, as of the date. */
    public long ageDays(LocalDate asOf) {
        return issuedOn == null ? 0 : Math.max(0, asOf.toEpochDay() - issuedOn.toEpochDay());
    }

    /** Days past the deadline as of the date, 0 when not overdue. */
    public long daysOverdue(LocalDate asOf) {
        return stateAsOf(asOf) == RecommendationState.OVERDUE ? asOf.toEpochDay() - deadline.toEpochDay() : 0;
    }
}
