package vn.reformdesk.inspections.ui;

import vn.reformdesk.base.Formats;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.base.ui.PeriodLabels;
import vn.reformdesk.inspections.Inspection;
import vn.reformdesk.inspections.InspectionFilter;
import vn.reformdesk.inspections.InspectionCommands;
import vn.reformdesk.inspections.InspectionQueries;
import vn.reformdesk.inspections.RecommendationCommands;
import vn.reformdesk.inspections.RecommendationQueries;
import vn.reformdesk.inspections.RecommendationFilter;
import vn.reformdesk.inspections.UnitBacklog;
import vn.reformdesk.inspections.Topic;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inspection pages' tables as they show them (same unit, period, filter and cut-off), for the Excel
 * downloads: the list, the progress (by type and topic, units below), the recommendations and the calendar.
 */
final class InspectionExport {

    private InspectionExport() {
    }

    static TableWorkbook.Table list(InspectionQueries service, InspectionFilter filter, Map<String, Topic> topics,
                                    SelectionService.Resolved selection, Locale locale) {
        List<Inspection> rows = service.list(filter, 0, Integer.MAX_VALUE);
        return new TableWorkbook.Table(InspectionTexts.t("inspections.excel.sheet", locale),
                List.of(InspectionTexts.t("inspections.excel.head", locale, UnitNames.name(selection.unit(), locale),
                                PeriodLabels.label(selection.period(), locale)),
                        InspectionTexts.t("inspections.excel.as-of", locale, Formats.date(service.asOf(selection.period()), locale))),
                List.of(InspectionTexts.t("inspections.col.when", locale), InspectionTexts.t("inspections.field.target", locale),
                        InspectionTexts.t("inspections.field.type", locale), InspectionTexts.t("inspections.field.topic", locale),
                        InspectionTexts.t("inspections.field.teamLead", locale), InspectionTexts.t("inspections.field.status", locale),
                        InspectionTexts.t("inspections.excel.col.recs", locale), InspectionTexts.t("inspections.excel.col.open", locale)),
                rows.stream().<List<?>>map(i -> Arrays.asList(InspectionTexts.when(i, locale), UnitNames.name(i.target(), locale),
                        InspectionTexts.type(i.type(), locale), InspectionTexts.topic(i.topicCode(), topics, locale), i.teamLead(),
                        InspectionTexts.status(i.status(), locale), i.recommendations(), i.openRecommendations())).toList());
    }

    private static List<String> head(SelectionService.Resolved selection, java.time.LocalDate asOf, Locale locale) {
        return List.of(InspectionTexts.t("inspections.excel.head", locale, UnitNames.name(selection.unit(), locale),
                        PeriodLabels.label(selection.period(), locale)),
                InspectionTexts.t("inspections.excel.as-of", locale, Formats.date(asOf, locale)));
    }

    /** The progress page: the total, by type and by topic (one sheet), and the units below (another). */
    static List<TableWorkbook.Table> progress(InspectionQueries service, SelectionService.Resolved selection, java.time.LocalDate asOf,
                                              Map<String, Topic> topics, Locale locale) {
        long unitId = selection.unit().id();
        vn.reformdesk.inspections.ProgressReport p = service.progress(unitId, selection.period(), asOf);
        List<List<?>> lines = new java.util.ArrayList<>();
        lines.add(Arrays.asList(InspectionTexts.t("inspections.excel.total", locale), "", p.total().planned(), p.total().done(),
                p.total().share()));
        for (var l : p.byType()) {
            lines.add(Arrays.asList(InspectionTexts.t("inspections.field.type", locale),
                    InspectionTexts.type(vn.reformdesk.inspections.InspectionType.valueOf(l.key()), locale), l.planned(), l.done(), l.share()));
        }
        for (var l : p.byTopic()) {
            lines.add(Arrays.asList(InspectionTexts.t("inspections.field.topic", locale), InspectionTexts.topic(l.key(), topics, locale),
                    l.planned(), l.done(), l.share()));
        }
        List<String> cols = List.of(InspectionTexts.t("inspections.excel.col.by", locale), InspectionTexts.t("inspections.excel.col.line", locale),
                InspectionTexts.t("inspections.drill.planned", locale), InspectionTexts.t("inspections.drill.done", locale), "%");
        TableWorkbook.Table progress = new TableWorkbook.Table(InspectionTexts.t("inspections.progress.title", locale),
                head(selection, asOf, locale), cols, lines);
        List<vn.reformdesk.inspections.UnitFigures> below = service.drillDown(unitId, selection.period(), asOf);
        TableWorkbook.Table units = new TableWorkbook.Table(InspectionTexts.t("inspections.drill.title", locale),
                head(selection, asOf, locale),
                List.of(InspectionTexts.t("unit.name", locale), InspectionTexts.t("unit.kind", locale),
                        InspectionTexts.t("inspections.drill.planned", locale), InspectionTexts.t("inspections.drill.done", locale), "%",
                        InspectionTexts.t("inspections.drill.open", locale), InspectionTexts.t("inspections.drill.overdue", locale)),
                below.stream().<List<?>>map(f -> Arrays.asList(UnitNames.name(f.unit(), locale), UnitNames.kind(f.unit().kind(), locale),
                        f.planned(), f.done(), f.share(), f.open(), f.overdue())).toList());
        return List.of(progress, units);
    }

    /**
     * The recommendations page: the open ones by responsible unit, and the list under the page's filter;
     * {@code itself}: the list holds only those addressed to the unit itself, as the page opened from the drill-down's own row.
     */
    static List<TableWorkbook.Table> recommendations(RecommendationQueries service, SelectionService.Resolved selection, java.time.LocalDate asOf,
                                                     RecommendationFilter filter, boolean itself, Locale locale) {
        long unitId = selection.unit().id();
        TableWorkbook.Table byUnit = new TableWorkbook.Table(InspectionTexts.t("inspections.recs.by-unit", locale), head(selection, asOf, locale),
                List.of(InspectionTexts.t("inspections.field.responsible", locale), InspectionTexts.t("inspections.recs.open", locale),
                        InspectionTexts.t("inspections.recs.overdue", locale), InspectionTexts.t("inspections.col.oldest", locale)),
                service.openByUnit(unitId, asOf).stream().<List<?>>map(b -> Arrays.asList(UnitNames.name(b.unit(), locale), b.open(),
                        b.overdue(), b.oldestDays())).toList());
        List<String> context = new java.util.ArrayList<>(head(selection, asOf, locale));
        context.add(InspectionTexts.t("inspections.recs.filter", locale) + ": " + InspectionTexts.t("inspections.recs.filter." + filter.name(), locale));
        if (itself) {
            context.add(InspectionTexts.t("inspections.list.itself", locale, UnitNames.name(selection.unit(), locale)));
        }
        TableWorkbook.Table list = new TableWorkbook.Table(InspectionTexts.t("inspections.col.recommendation", locale), context,
                List.of(InspectionTexts.t("inspections.col.state", locale), InspectionTexts.t("inspections.col.recommendation", locale),
                        InspectionTexts.t("inspections.field.responsible", locale), InspectionTexts.t("inspections.field.deadline", locale),
                        InspectionTexts.t("inspections.col.age", locale), InspectionTexts.t("inspections.excel.col.resolved-on", locale),
                        InspectionTexts.t("inspections.excel.col.evidence", locale)),
                service.recommendations(unitId, asOf, filter, itself, 0, Integer.MAX_VALUE).stream().<List<?>>map(r -> Arrays.asList(
                        InspectionTexts.t("inspections.state." + r.stateAsOf(asOf).name(), locale), r.text(),
                        UnitNames.name(r.responsible(), locale), r.deadline(), r.ageDays(asOf), r.resolvedOn(), r.evidence())).toList());
        return List.of(byUnit, list);
    }

    /** The calendar's month: its inspections in date order (those without a day first, as above the grid). */
    static TableWorkbook.Table calendar(InspectionQueries service, InspectionFilter filter, java.time.YearMonth month,
                                        Map<String, Topic> topics, SelectionService.Resolved selection, Locale locale) {
        List<Inspection> rows = service.calendar(filter).stream()
                .sorted(java.util.Comparator.comparing((Inspection i) -> i.day() != null).thenComparing(Inspection::calendarDay)).toList();
        return new TableWorkbook.Table(InspectionTexts.t("inspections.excel.calendar-sheet", locale),
                List.of(InspectionTexts.t("inspections.excel.head", locale, UnitNames.name(selection.unit(), locale),
                        InspectionTexts.t("inspections.month-of", locale, String.valueOf(month.getMonthValue()), String.valueOf(month.getYear())))),
                List.of(InspectionTexts.t("inspections.col.when", locale), InspectionTexts.t("inspections.field.target", locale),
                        InspectionTexts.t("inspections.field.type", locale), InspectionTexts.t("inspections.field.topic", locale),
                        InspectionTexts.t("inspections.field.teamLead", locale), InspectionTexts.t("inspections.field.status", locale)),
                rows.stream().<List<?>>map(i -> Arrays.asList(InspectionTexts.when(i, locale), UnitNames.name(i.target(), locale),
                        InspectionTexts.type(i.type(), locale), InspectionTexts.topic(i.topicCode(), topics, locale), i.teamLead(),
                        InspectionTexts.status(i.status(), locale))).toList());
    }

    /** The inspection topics page: every topic with its order and state, as the page lists them on the day. */
    static TableWorkbook.Table topics(List<vn.reformdesk.inspections.InspectionTopicService.TopicRow> topics, java.time.LocalDate today,
                                      Locale locale) {
        return new TableWorkbook.Table(InspectionTexts.t("inspections.topics.list", locale),
                List.of(InspectionTexts.t("inspections.topics.title", locale),
                        InspectionTexts.t("inspections.excel.as-of", locale, vn.reformdesk.base.Formats.date(today, locale))),
                List.of(InspectionTexts.t("inspections.topics.code", locale), InspectionTexts.t("inspections.topics.name", locale),
                        InspectionTexts.t("inspections.topics.name-en", locale), InspectionTexts.t("inspections.topics.sort", locale),
                        InspectionTexts.t("inspections.topics.state", locale)),
                topics.stream().<List<?>>map(t -> Arrays.asList(t.code(), t.name(), t.nameEn(), t.sort(), InspectionTexts.t(t.active()
                        ? "inspections.topics.in-use" : "inspections.topics.retired", locale))).toList());
    }
}
