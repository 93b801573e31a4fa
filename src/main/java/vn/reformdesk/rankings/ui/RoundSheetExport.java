package vn.reformdesk.rankings.ui;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.rankings.IndexDef;
import vn.reformdesk.rankings.RoundEntry;
import vn.reformdesk.rankings.RoundStatus;
import vn.reformdesk.rankings.RoundStep;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A unit's scoring sheet in a round, as its page shows it, for Excel: every sub-criterion with the self-assessed,
 * appraised and survey points, the appraisal and the decision; and the sheet's history, one row per step.
 */
final class RoundSheetExport {

    private RoundSheetExport() {
    }

    static List<TableWorkbook.Table> sheet(List<RoundEntry> entries, List<RoundStep> history, RoundStatus status, IndexDef index,
                                           UnitRef unit, LocalDate asOf, Locale locale) {
        List<String> head = List.of(
                t("rankings.lost.excel.head", locale, UnitNames.name(unit, locale), unit.code(), index.name(locale), String.valueOf(index.year())),
                t("rankings.lost.excel.as-of", locale, Formats.date(asOf, locale)),
                t("rankings.sheet.excel.status", locale, t("rankings.round.status." + status.name(), locale)));
        TableWorkbook.Table sheet = new TableWorkbook.Table(t("rankings.sheet.excel.sheet", locale), head,
                List.of(t("rankings.col.criterion", locale), t("rankings.lost.criterion", locale), t("rankings.lost.area", locale),
                        t("rankings.col.max", locale), t("rankings.round.self", locale), t("rankings.round.explanation", locale),
                        t("rankings.sheet.excel.evidence", locale), t("rankings.round.appraised", locale),
                        t("rankings.sheet.excel.appraisal", locale), t("rankings.round.answer", locale),
                        t("rankings.sheet.excel.decision", locale), t("rankings.col.survey", locale)),
                entries.stream().<List<?>>map(e -> Arrays.asList(e.criterion().code(), e.criterion().name(locale),
                        e.area().code() + ". " + e.area().name(locale), e.criterion().max(), e.self(), e.explanation(), e.evidence().size(),
                        e.appraised(), verdict(e.appraisal(), e.appraisalReason(), locale), e.answer(),
                        verdict(e.decision(), e.decisionReason(), locale), e.survey())).toList());
        TableWorkbook.Table steps = new TableWorkbook.Table(t("rankings.sheet.excel.history-sheet", locale), head,
                List.of(t("rankings.round.col.when", locale), t("rankings.round.col.who", locale), t("rankings.col.criterion", locale),
                        t("rankings.round.col.step", locale), t("rankings.col.points", locale), t("rankings.round.col.note", locale)),
                history.stream().<List<?>>map(s -> Arrays.asList(
                        Formats.dateTime(s.at().atZoneSameInstant(ReportingClock.ZONE).toLocalDateTime(), locale), s.by(), s.criterionCode(),
                        t("rankings.round.step." + s.step(), locale), s.points(), s.note())).toList());
        return List.of(sheet, steps);
    }

    /** ACCEPTED / KEPT: "kept"; CHANGED: "changed: reason"; nothing yet: an empty cell. */
    private static @Nullable String verdict(@Nullable String verdict, @Nullable String reason, Locale locale) {
        if (verdict == null) {
            return null;
        }
        return "CHANGED".equals(verdict) ? t("rankings.sheet.excel.changed", locale, reason == null ? "" : reason)
                : t("rankings.sheet.excel.accepted", locale);
    }

    private static String t(String key, Locale locale, Object... args) {
        return AppI18NProvider.text(key, locale, args);
    }
}
