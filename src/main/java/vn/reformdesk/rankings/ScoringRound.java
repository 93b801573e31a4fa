package vn.reformdesk.rankings;

import java.time.LocalDate;

/**
 * The scoring round of an index year: units self-assess from {@code opensOn} to {@code selfUntil}
 * (inclusive) and may answer an appraisal until {@code answerUntil}.
 */
public record ScoringRound(long id, long indexId, LocalDate opensOn, LocalDate selfUntil, LocalDate answerUntil) {

    public boolean selfAssessmentOpen(LocalDate today) {
        return !today.isBefore(opensOn) && !today.isAfter(selfUntil);
    }

    public boolean answersOpen(LocalDate today) {
        return !today.isAfter(answerUntil);
    }
}
