package vn.reformdesk.plans.ui;

import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.plans.PlanAreaService.AreaRow;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The plan areas page as Excel: every area with its years of use and state, as the page lists them on the day. */
final class PlanAreasExport {

    private PlanAreasExport() {
    }

    static TableWorkbook.Table areas(List<AreaRow> areas, LocalDate today, Locale locale) {
        return new TableWorkbook.Table(t("plans.areas.list", locale),
                List.of(t("plans.areas.title", locale), t("plans.excel.head.as-of", locale, Formats.date(today, locale))),
                List.of(t("plans.areas.code", locale), t("plans.areas.name", locale), t("plans.areas.name-en", locale),
                        t("plans.areas.years", locale), t("plans.areas.state", locale)),
                areas.stream().<List<?>>map(a -> Arrays.asList(a.code(), a.name(), a.nameEn(), years(a, locale), state(a, locale))).toList());
    }

    /** "2016–2020", "2021–…" or "every year". */
    static String years(AreaRow a, Locale locale) {
        if (a.fromYear() == null && a.toYear() == null) {
            return t("plans.areas.every-year", locale);
        }
        return (a.fromYear() == null ? "…" : Integer.toString(a.fromYear())) + "–" + (a.toYear() == null ? "…" : Integer.toString(a.toYear()));
    }

    static String state(AreaRow a, Locale locale) {
        return t(a.active() ? "plans.areas.in-use" : "plans.areas.retired", locale);
    }

    private static String t(String key, Locale locale, Object... args) {
        return AppI18NProvider.text(key, locale, args);
    }
}
