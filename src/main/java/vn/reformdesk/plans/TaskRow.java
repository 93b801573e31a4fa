package vn.reformdesk.plans;

import vn.reformdesk.base.AppLocales;
import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A task with its current state ({@code status}, {@code statusDate}, …) and its state at the as-of date it was
 * read for: {@code overdue}, {@code done} and {@code doneOn}, the completion in force then (null when not done).
 */
public record TaskRow(long id, long planId, String number, String title, Area area, long leadUnitId, String leadCode,
                      String leadName, @Nullable String leadNameEn, List<String> supportCodes, LocalDate deadline,
                      @Nullable String expectedOutput, @Nullable Integer targetCount, @Nullable Integer achievedCount,
                      TaskStatus status, @Nullable LocalDate statusDate, @Nullable String evidence, @Nullable String reason,
                      OffsetDateTime updatedAt, String updatedBy, long version, boolean overdue, boolean done,
                      @Nullable LocalDate doneOn, @Nullable String doneEvidence, @Nullable String doneBy) {
    public String leadLabel(Locale locale) {
        return AppLocales.name(leadName, leadNameEn, locale);
    }
}
