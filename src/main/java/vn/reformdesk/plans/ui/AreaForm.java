package vn.reformdesk.plans.ui;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What the plan area dialog edits. The constraints' messages are keys of the plans bundle, shown translated on the
 * field; {@code PlanAreaService} checks again (a code already taken, the first year after the last) and names the
 * field it refuses. Public because the binder creates it by reflection.
 */
public record AreaForm(
        @NotBlank(message = "plans.error.area-code")
        @Pattern(regexp = "\\s*[A-Z0-9_]{1,32}\\s*", message = "plans.error.area-code")
        String code,
        @NotBlank(message = "plans.error.area-name")
        @Size(max = 200, message = "plans.error.area-name-long")
        String name,
        @Size(max = 200, message = "plans.error.area-name-long")
        @Nullable String nameEn,
        @Min(value = 1990, message = "plans.error.area-years")
        @Max(value = 2100, message = "plans.error.area-years")
        @Nullable Integer fromYear,
        @Min(value = 1990, message = "plans.error.area-years")
        @Max(value = 2100, message = "plans.error.area-years")
        @Nullable Integer toYear,
        boolean active) {
}
