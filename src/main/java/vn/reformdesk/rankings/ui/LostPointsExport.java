package vn.reformdesk.rankings.ui;

import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.rankings.IndexDef;
import vn.reformdesk.rankings.RankingService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.ReadableUnit;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A ranked unit's page: the points it lost per criterion, as the page shows them, for Excel. */
final class LostPointsExport {

    private LostPointsExport() {
    }

    static TableWorkbook.Table lostPoints(RankingService rankings, IndexDef index, ReadableUnit readable, LocalDate asOf, Locale locale) {
        UnitRef unit = readable.unit();
        List<RankingService.LostPoints> lost = rankings.lostPoints(index, readable);
        return new TableWorkbook.Table(t("rankings.lost.excel.sheet", locale),
                List.of(t("rankings.lost.excel.head", locale, UnitNames.name(unit, locale), unit.code(), index.name(locale),
                                String.valueOf(index.year())),
                        t("rankings.lost.excel.as-of", locale, Formats.date(asOf, locale))),
                List.of(t("rankings.col.criterion", locale), t("rankings.lost.criterion", locale), t("rankings.lost.area", locale),
                        t("rankings.lost.excel.points", locale), t("rankings.col.max", locale), t("rankings.lost.vs-max", locale),
                        t("rankings.lost.best", locale), t("rankings.lost.vs-best", locale)),
                lost.stream().<List<?>>map(l -> Arrays.asList(l.criterion().code(),
                        l.criterion().name(locale) + (l.criterion().survey() ? " (" + t("rankings.col.survey", locale) + ")" : ""),
                        l.area().code() + ". " + l.area().name(locale), l.points(), l.criterion().max(), l.lostVsMax(),
                        l.best(), l.lostVsBest())).toList());
    }

    private static String t(String key, Locale locale, Object... args) {
        return AppI18NProvider.text(key, locale, args);
    }
}
