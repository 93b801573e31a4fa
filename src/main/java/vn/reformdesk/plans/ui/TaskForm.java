package vn.reformdesk.plans.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.plans.Area;
import vn.reformdesk.plans.TaskStatus;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the task dialog edits: the task itself (the secretariat) and, for an existing task, where it stands (the
 * secretariat and the leader of its lead unit). The constraints' messages are keys of the plans bundle, shown
 * translated on the field ({@code base/ui/Forms}); {@code PlanValidation} checks again (the deadline's year, the
 * lead unit's place, evidence for a done task, ...) and names the field it refuses. Public because the binder
 * creates it by reflection.
 */
public record TaskForm(
        @Size(max = 20, message = "plans.error.number-long")
        @Nullable String number,
        @NotBlank(message = "plans.error.title-empty")
        String title,
        @NotNull(message = "plans.error.area-unknown")
        Area area,
        @NotNull(message = "plans.error.lead-required")
        UnitRef lead,
        @Nullable Set<UnitRef> support,
        @NotNull(message = "plans.error.deadline-required")
        LocalDate deadline,
        @Nullable String expectedOutput,
        @Positive(message = "plans.error.target")
        @Nullable Integer targetCount,
        @Nullable TaskStatus status,
        @Nullable LocalDate statusDate,
        @Nullable String evidence,
        @Nullable String reason,
        @PositiveOrZero(message = "plans.error.achieved")
        @Nullable Integer achievedCount,
        @Nullable String comment) {
}
