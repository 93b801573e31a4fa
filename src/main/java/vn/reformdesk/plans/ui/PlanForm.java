package vn.reformdesk.plans.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * What the plan dialog edits: the plan's number, date of issue and title. The constraints' messages are keys of
 * the plans bundle, shown translated on the field; {@code PlanValidation} checks again (the date's year) and names
 * the field it refuses. Public because the binder creates it by reflection.
 */
public record PlanForm(
        @NotBlank(message = "plans.error.number-empty")
        @Size(max = 100, message = "plans.error.plan-number-long")
        String number,
        @NotNull(message = "plans.error.issued-on-required")
        @Nullable LocalDate issuedOn,
        @NotBlank(message = "plans.error.plan-title-empty")
        @Size(max = 500, message = "plans.error.plan-title-long")
        String title) {
}
