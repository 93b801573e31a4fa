package vn.reformdesk.dossiers.ui;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What the reported-totals dialog edits: the statistics form's totals of a unit's own desk for a period. Received,
 * early and on time are required; no total is negative. The constraints' messages are keys of the dossiers bundle,
 * shown translated on the field; {@code ReportedTotalService} checks again (online within received, overdue within
 * pending) and names the field it refuses. Public because the binder creates it by reflection.
 */
public record TotalsForm(
        @NotNull(message = "dossiers.totals.error.required") @PositiveOrZero(message = "dossiers.totals.error.not-negative")
        @Nullable Integer received,
        @PositiveOrZero(message = "dossiers.totals.error.not-negative") @Nullable Integer carriedOver,
        @PositiveOrZero(message = "dossiers.totals.error.not-negative") @Nullable Integer receivedOnline,
        @NotNull(message = "dossiers.totals.error.required") @PositiveOrZero(message = "dossiers.totals.error.not-negative")
        @Nullable Integer early,
        @NotNull(message = "dossiers.totals.error.required") @PositiveOrZero(message = "dossiers.totals.error.not-negative")
        @Nullable Integer onTime,
        @PositiveOrZero(message = "dossiers.totals.error.not-negative") @Nullable Integer late,
        @PositiveOrZero(message = "dossiers.totals.error.not-negative") @Nullable Integer withdrawn,
        @PositiveOrZero(message = "dossiers.totals.error.not-negative") @Nullable Integer pending,
        @PositiveOrZero(message = "dossiers.totals.error.not-negative") @Nullable Integer overdue,
        @PositiveOrZero(message = "dossiers.totals.error.not-negative") @Nullable Integer due,
        @Size(max = 500, message = "dossiers.totals.error.note-long") @Nullable String note) {
}
