package vn.reformdesk.targets.ui;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * What the target dialog edits: the target's value and the year from which it holds. The constraints' messages are
 * keys of the targets bundle, shown translated on the field; {@code TargetService} checks again and names the field
 * it refuses ({@code value}, {@code year}). Public because the binder creates it by reflection.
 */
public record TargetForm(
        @NotNull(message = "targets.error.value")
        @DecimalMin(value = "0", message = "targets.error.value")
        @DecimalMax(value = "10000000", message = "targets.error.value")
        @Nullable Double value,
        @NotNull(message = "targets.error.year")
        @Min(value = 1990, message = "targets.error.year")
        @Max(value = 2100, message = "targets.error.year")
        @Nullable Integer year) {
}
