package vn.reformdesk.rankings.ui;

import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.rankings.IndexDef;
import vn.reformdesk.rankings.RoundProgress;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The scoring round's progress board, one row per unit as the page shows it, for Excel. */
final class RoundBoardExport {

    private RoundBoardExport() {
    }

    static TableWorkbook.Table board(List<RoundProgress> board, IndexDef index, UnitRef province, LocalDate asOf, Locale locale) {
        return new TableWorkbook.Table(t("rankings.round.excel.sheet", locale),
                List.of(t("rankings.round.excel.head", locale, UnitNames.name(province, locale), index.name(locale), String.valueOf(index.year())),
                        t("rankings.lost.excel.as-of", locale, Formats.date(asOf, locale))),
                List.of(t("rankings.col.unit-code", locale), t("rankings.col.unit", locale), t("rankings.round.col.status", locale),
                        t("rankings.round.col.scored", locale), t("rankings.round.excel.leaves", locale),
                        t("rankings.round.col.without-evidence", locale), t("rankings.round.col.appraised", locale),
                        t("rankings.round.col.submitted", locale), t("rankings.round.col.note", locale)),
                board.stream().<List<?>>map(p -> Arrays.asList(p.unit().code(), UnitNames.name(p.unit(), locale),
                        t("rankings.round.status." + p.status().name(), locale), p.scored(), p.leaves(), p.withoutEvidence(),
                        p.appraised(),
                        p.submittedAt() == null ? null : Formats.dateTime(p.submittedAt().atZoneSameInstant(ReportingClock.ZONE).toLocalDateTime(), locale),
                        p.leftOutReason() != null ? p.leftOutReason() : p.remind() ? t("rankings.round.to-remind", locale) : null)).toList());
    }

    private static String t(String key, Locale locale, Object... args) {
        return AppI18NProvider.text(key, locale, args);
    }
}
