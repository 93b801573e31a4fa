package vn.reformdesk.rankings.ui;

import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.rankings.NationalPartRow;
import vn.reformdesk.rankings.NationalResult;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The province's results on the national indices, one row per year and index as published, for Excel. */
final class NationalResultsExport {

    private NationalResultsExport() {
    }

    static TableWorkbook.Table results(List<NationalResult> results, UnitRef province, LocalDate asOf, Locale locale) {
        return new TableWorkbook.Table(t("rankings.national.excel.sheet", locale),
                List.of(t("rankings.national.excel.head", locale, UnitNames.name(province, locale), province.code()),
                        t("rankings.lost.excel.as-of", locale, Formats.date(asOf, locale))),
                List.of(t("rankings.national.year", locale), t("rankings.national.excel.index", locale), t("rankings.national.value", locale),
                        t("rankings.national.scale", locale), t("rankings.national.excel.percent", locale),
                        t("rankings.national.excel.rank", locale), t("rankings.national.provinces", locale)),
                results.stream().sorted(Comparator.comparing(NationalResult::year).reversed().thenComparing(NationalResult::kind))
                        .<List<?>>map(r -> Arrays.asList(r.year(), t("rankings.national.series." + r.kind().name(), locale), r.value(),
                                r.scaleMax(), r.percentOfScale(), r.rank(), r.provinces())).toList());
    }

    /**
     * The parts of the national results (component indices, dimensions, elements, groups) of every year, as the page's
     * parts tables show them year by year: value as published, its maximum, the change since the year before and the
     * province's rank on the part with its change (positive = moved up); empty cells where unknown.
     */
    static TableWorkbook.Table parts(List<NationalPartRow> parts, UnitRef province, LocalDate asOf, Locale locale) {
        return new TableWorkbook.Table(t("rankings.national.parts.excel.sheet", locale),
                List.of(t("rankings.national.excel.head", locale, UnitNames.name(province, locale), province.code()),
                        t("rankings.lost.excel.as-of", locale, Formats.date(asOf, locale))),
                List.of(t("rankings.national.year", locale), t("rankings.national.excel.index", locale),
                        t("rankings.national.parts.excel.code", locale), t("rankings.national.parts.col.part", locale),
                        t("rankings.national.parts.col.value", locale), t("rankings.col.max", locale),
                        t("rankings.national.parts.col.change", locale), t("rankings.national.parts.col.rank", locale),
                        t("rankings.col.rank-change", locale)),
                parts.stream().sorted(Comparator.comparing((NationalPartRow r) -> r.part().year()).reversed()
                                .thenComparing(r -> r.part().kind()).thenComparing(r -> Integer.parseInt(r.part().code())))
                        .<List<?>>map(r -> Arrays.asList(r.part().year(), t("rankings.national.series." + r.part().kind().name(), locale),
                                r.part().code(), t(r.part().nameKey(), locale), r.part().value(), r.part().max(), r.change(),
                                r.part().rank(), r.rankChange())).toList());
    }

    private static String t(String key, Locale locale, Object... args) {
        return AppI18NProvider.text(key, locale, args);
    }
}
