package vn.reformdesk.inspections;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * An inspection as the secretariat enters it: in the plan of {@code planUnitId} for {@code planYear}, of the
 * unit with GSO code {@code targetCode}, with its outcome and recommendations. Units are given by code so the
 * same form serves typed input and imports.
 */
public record InspectionForm(long planUnitId, int planYear, String targetCode, int plannedMonth,
                             @Nullable LocalDate plannedDate, InspectionType type, String topicCode, String teamLead,
                             String members, InspectionStatus status, @Nullable LocalDate actualDate,
                             @Nullable String postponeReason, String findings, List<RecommendationForm> recommendations) {

    public InspectionForm {
        members = members == null ? "" : members;
        findings = findings == null ? "" : findings;
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
    }

    /** A planned inspection with no outcome yet. */
    public static InspectionForm planned(long planUnitId, int planYear, String targetCode, int plannedMonth,
                                         @Nullable LocalDate plannedDate, InspectionType type, String topicCode,
                                         String teamLead, String members) {
        return new InspectionForm(planUnitId, planYear, targetCode, plannedMonth, plannedDate, type, topicCode, teamLead,
                members, InspectionStatus.PLANNED, null, null, "", List.of());
    }

    /** The same inspection recorded as done on a date with findings and recommendations. */
    public InspectionForm done(LocalDate on, String findingsText, List<RecommendationForm> recs) {
        return new InspectionForm(planUnitId, planYear, targetCode, plannedMonth, plannedDate, type, topicCode, teamLead,
                members, InspectionStatus.DONE, on, null, findingsText, recs);
    }

    public InspectionForm withStatus(InspectionStatus value, @Nullable String reason) {
        return new InspectionForm(planUnitId, planYear, targetCode, plannedMonth, plannedDate, type, topicCode, teamLead,
                members, value, actualDate, reason, findings, recommendations);
    }

    public InspectionForm withPlannedDate(@Nullable LocalDate value) {
        return new InspectionForm(planUnitId, planYear, targetCode, plannedMonth, value, type, topicCode, teamLead,
                members, status, actualDate, postponeReason, findings, recommendations);
    }

    public InspectionForm withTeamLead(String value) {
        return new InspectionForm(planUnitId, planYear, targetCode, plannedMonth, plannedDate, type, topicCode, value,
                members, status, actualDate, postponeReason, findings, recommendations);
    }

    public InspectionForm withTarget(String code) {
        return new InspectionForm(planUnitId, planYear, code, plannedMonth, plannedDate, type, topicCode, teamLead,
                members, status, actualDate, postponeReason, findings, recommendations);
    }

    public InspectionForm withFindings(String value) {
        return new InspectionForm(planUnitId, planYear, targetCode, plannedMonth, plannedDate, type, topicCode, teamLead,
                members, status, actualDate, postponeReason, value, recommendations);
    }

    /**
     * A recommendation of the form: {@code id} null for a new one; {@code version} the one the editor loaded.
     */
    public record RecommendationForm(@Nullable Long id, long version, String text, String responsibleCode,
                                     @Nullable LocalDate deadline) {

        public static RecommendationForm of(String text, String responsibleCode, @Nullable LocalDate deadline) {
            return new RecommendationForm(null, 0, text, responsibleCode, deadline);
        }
    }
}
