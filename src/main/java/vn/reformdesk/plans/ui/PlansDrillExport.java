package vn.reformdesk.plans.ui;

import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.base.ui.PeriodLabels;
import vn.reformdesk.plans.DrillDown;
import vn.reformdesk.plans.PlanQueries;
import vn.reformdesk.plans.TaskFilter;
import vn.reformdesk.plans.TaskRow;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The plans of the units below, as the plans page's drill-down table shows them for the period's cut-off: rank, unit,
 * plan number, tasks done, total, overdue and the share done; a unit without a plan says so and has no figures
 * (unknown is not 0%).
 */
final class PlansDrillExport {

    private PlansDrillExport() {
    }

    static TableWorkbook.Table drillDown(PlanQueries plans, UnitRef unit, Period period, Locale locale) {
        DrillDown drill = plans.drillDown(unit, period);
        return new TableWorkbook.Table(t("plans.drill.excel.sheet", locale),
                List.of(t("plans.drill.excel.head", locale, t("plans.card.drill", locale, UnitNames.name(unit, locale)), unit.code(),
                                PeriodLabels.label(period, locale)),
                        t("plans.excel.head.as-of", locale, Formats.date(plans.asOf(period), locale))),
                List.of("#", t("unit.code", locale), t("plans.col.unit", locale), t("plans.col.plan", locale), t("plans.col.done-total", locale),
                        t("plans.excel.total", locale), t("plans.col.overdue", locale), t("plans.col.percent", locale)),
                drill.rows().stream().<List<?>>map(r -> r.hasPlan()
                        ? Arrays.asList(r.rank(), r.unit().code(), UnitNames.name(r.unit(), locale), r.plan().number(), r.progress().done(),
                        r.progress().total(), r.progress().overdue(), r.percent())
                        : Arrays.asList(null, r.unit().code(), UnitNames.name(r.unit(), locale), t("plans.no-plan", locale))).toList());
    }

    /**
     * The tasks behind a drill-down figure, as the list it opens shows them: the same unit, period, filter and "as of"
     * date, so the sheet has as many rows as the figure that was clicked.
     */
    static TableWorkbook.Table tasks(PlanQueries plans, UnitRef unit, Period period, TaskFilter filter, Locale locale) {
        java.time.LocalDate asOf = plans.asOf(period);
        int count = plans.countDrillDownTasks(unit, period, filter);
        return new TableWorkbook.Table(t("plans.filter." + filter.name(), locale),
                List.of(t("plans.list.title", locale, t("plans.filter." + filter.name(), locale), UnitNames.name(unit, locale),
                                Formats.integer(count, locale)),
                        t("plans.drill.excel.head", locale, UnitNames.name(unit, locale), unit.code(), PeriodLabels.label(period, locale)),
                        t("plans.excel.head.as-of", locale, Formats.date(asOf, locale))),
                List.of(t("plans.col.number", locale), t("plans.col.title", locale), t("plans.col.lead", locale), t("plans.col.deadline", locale),
                        t("plans.col.status", locale, Formats.date(asOf, locale))),
                plans.drillDownTasks(unit, period, filter, 0, count).stream().<List<?>>map(r -> Arrays.asList(r.number(), r.title(),
                        r.leadLabel(locale), r.deadline(), status(r, locale))).toList());
    }

    /** The task's state at the "as of" date, in the words of the list. */
    static String status(TaskRow r, Locale locale) {
        return r.overdue() ? t("plans.badge.overdue", locale) : r.done() ? t("plans.status.DONE", locale) : t("plans.status." + r.status().name(), locale);
    }

    private static String t(String key, Locale locale, Object... args) {
        return AppI18NProvider.text(key, locale, args);
    }
}
