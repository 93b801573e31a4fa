package vn.reformdesk.directives;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A directive as recorded during a meeting.
 *
 * @param measureId the scorecard measure it is about (e.g. {@code dossiers.online-share}), or null
 */
public record DirectiveForm(String text, @Nullable Long responsibleUnitId, @Nullable LocalDate deadline, @Nullable String measureId) {
}
