package vn.reformdesk.inspections.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What the inspection topic dialog edits. The constraints' messages are keys of the inspections bundle, shown
 * translated on the field; {@code InspectionTopicService} checks again (a code already taken) and names the field
 * it refuses. Public because the binder creates it by reflection.
 */
public record TopicForm(
        @NotBlank(message = "inspections.error.topic-code")
        @Pattern(regexp = "\\s*[A-Z0-9_]{1,32}\\s*", message = "inspections.error.topic-code")
        String code,
        @NotBlank(message = "inspections.error.topic-name")
        @Size(max = 200, message = "inspections.error.topic-name-long")
        String name,
        @NotBlank(message = "inspections.error.topic-name")
        @Size(max = 200, message = "inspections.error.topic-name-long")
        String nameEn,
        @NotNull(message = "inspections.error.topic-sort")
        @PositiveOrZero(message = "inspections.error.topic-sort")
        @Nullable Integer sort,
        boolean active) {
}
