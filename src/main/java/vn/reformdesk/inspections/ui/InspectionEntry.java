package vn.reformdesk.inspections.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.inspections.InspectionStatus;
import vn.reformdesk.inspections.InspectionType;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;

/**
 * What the inspection dialog edits, apart from the recommendations: its components are named as the fields of
 * {@code InspectionValidation}'s problems, so that the service's refusal lands on the field it names. The
 * constraints' messages are keys of the inspections bundle shown translated on the field ({@code base/ui/Forms});
 * the service checks again (the date in the planned month, a reason for a postponement, ...). Public because the
 * binder creates it by reflection.
 */
public record InspectionEntry(
        @NotNull(message = "inspections.error.target-required")
        UnitRef target,
        @NotNull(message = "inspections.error.month-required")
        Integer plannedMonth,
        @Nullable LocalDate plannedDate,
        @NotNull(message = "inspections.error.type-required")
        InspectionType type,
        @NotNull(message = "inspections.error.topic-required")
        String topic,
        @NotBlank(message = "inspections.error.team-lead-required")
        @Size(max = 200, message = "inspections.error.text-long")
        String teamLead,
        @Size(max = 1000, message = "inspections.error.text-long")
        @Nullable String members,
        @NotNull(message = "inspections.error.status-required")
        InspectionStatus status,
        @Nullable LocalDate actualDate,
        @Size(max = 1000, message = "inspections.error.text-long")
        @Nullable String postponeReason,
        @Nullable String findings) {
}
