package vn.reformdesk.rankings.ui;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The dates of a scoring round as the secretariat opens it: when it opens, until when units assess themselves and
 * until when they answer the appraisal. {@code ScoringRoundService} checks their order and names the field it
 * refuses. Public because the binder creates it by reflection.
 */
public record RoundForm(
        @NotNull(message = "rankings.round.date-required")
        @Nullable LocalDate opens,
        @NotNull(message = "rankings.round.date-required")
        @Nullable LocalDate selfUntil,
        @NotNull(message = "rankings.round.date-required")
        @Nullable LocalDate answerUntil) {
}
