package vn.reformdesk.inspections.ui;

import vn.reformdesk.base.Formats;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.base.ui.PeriodLabels;
import vn.reformdesk.inspections.Inspection;
import vn.reformdesk.inspections.InspectionFilter;
import vn.reformdesk.inspections.InspectionService;
import vn.reformdesk.inspections.Topic;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The inspection list as the page shows it (same filter), for an Excel download. */
final class InspectionExport {

    private InspectionExport() {
    }

    static TableWorkbook.Table list(InspectionService service, InspectionFilter filter, Map<String, Topic> topics,
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
}
