package vn.reformdesk.directives.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.scorecard.MeasureDef;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;

/**
 * What the secretary types for a directive. The constraints' messages are keys, shown translated on the field;
 * {@code DirectiveService.addDirective} checks again (the unit inside the committee, the deadline after the meeting)
 * and names the field it refuses, which the dialog shows on that field too.
 * Public because the binder creates it by reflection ({@code Binder.writeRecord}).
 */
public record DirectiveDraft(
        @NotBlank(message = "directives.error.text")
        String text,
        @NotNull(message = "directives.error.responsible")
        @Nullable UnitRef responsible,
        @NotNull(message = "directives.error.deadline")
        @Nullable LocalDate deadline,
        @Nullable MeasureDef measure) {
}
