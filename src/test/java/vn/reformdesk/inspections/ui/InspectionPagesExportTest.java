package vn.reformdesk.inspections.ui;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.inspections.Inspection;
import vn.reformdesk.inspections.InspectionFilter;
import vn.reformdesk.inspections.InspectionCommands;
import vn.reformdesk.inspections.InspectionQueries;
import vn.reformdesk.inspections.RecommendationCommands;
import vn.reformdesk.inspections.RecommendationQueries;
import vn.reformdesk.inspections.ProgressReport;
import vn.reformdesk.inspections.Topic;
import vn.reformdesk.inspections.UnitFigures;
import vn.reformdesk.inspections.RecommendationFilter;
import vn.reformdesk.inspections.UnitBacklog;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;
import vn.reformdesk.support.DatabaseTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Excel downloads of the inspection progress, recommendations and calendar pages, read back and compared
 * with the service's figures for the same unit and period: Châu Thành, 9 months of 2019 (a past cut-off).
 */
@DatabaseTest
class InspectionPagesExportTest {

    static final Period NINE_MONTHS_2019 = Period.nineMonths(2019);
    static final Locale VI = AppLocales.VIETNAMESE;

    @Autowired
    InspectionQueries service;
    @Autowired
    RecommendationQueries recommendationQueries;
    @Autowired
    InspectionCommands inspectionCommands;
    @Autowired
    RecommendationCommands recommendationCommands;
    @Autowired
    UnitService units;
    @Autowired
    vn.reformdesk.inspections.InspectionTopicService topicService;
    @Autowired
    vn.reformdesk.support.TestUnits testUnits;

    private SelectionService.Resolved chauThanh() {
        UnitRef u = units.findByCode("892", NINE_MONTHS_2019).orElseThrow();
        return AsUser.call(AsUser.chair(), () -> new SelectionService.Resolved(units.readable(u), NINE_MONTHS_2019));
    }

    private Map<String, Topic> topics() {
        return service.topics().stream().collect(Collectors.toMap(Topic::code, Function.identity()));
    }

    /** The rows below the frozen header row of each sheet (the first row whose first cell is the given title). */
    private static List<List<Row>> sheets(List<TableWorkbook.Table> tables) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(TableWorkbook.write(tables)))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).hasSize(tables.size());
            List<List<Row>> result = new java.util.ArrayList<>();
            for (int s = 0; s < sheets.size(); s++) {
                List<Row> rows = sheets.get(s).read();
                // header block: unit, period, as of; then a blank row (not read back); then the column titles
                int header = tables.get(s).context().size();
                assertThat(rows.get(header).getRowNum()).isEqualTo(header + 2);
                assertThat(rows.get(header).getCellText(0)).isEqualTo(tables.get(s).columns().getFirst());
                result.add(rows.subList(header + 1, rows.size()));
                assertThat(rows.get(0).getCellText(0)).contains("Châu Thành");
            }
            return result;
        }
    }

    private static long number(Row row, int cell) {
        return row.getCellAsNumber(cell).orElseThrow().longValue();
    }

    private static String names(List<Row> rows) {
        return rows.stream().map(r -> r.getCellText(1)).sorted().collect(Collectors.joining("|"));
    }

    @Test
    void progressSheetsHoldTheServicesFiguresAsOfThePeriodsEnd() throws Exception {
        AsUser.run(AsUser.chair(), () -> {
            SelectionService.Resolved sel = chauThanh();
            LocalDate asOf = service.asOf(NINE_MONTHS_2019);
            assertThat(asOf).isEqualTo(LocalDate.of(2019, 9, 30));
            List<TableWorkbook.Table> tables = InspectionExport.progress(service, sel, asOf, topics(), VI);
            ProgressReport p = service.progress(sel.unit().id(), NINE_MONTHS_2019, asOf);
            List<UnitFigures> below = service.drillDown(sel.unit().id(), NINE_MONTHS_2019, asOf);
            try {
                List<List<Row>> sheets = sheets(tables);
                assertThat(tables.getFirst().context()).anyMatch(l -> l.contains("9 tháng năm 2019"))
                        .anyMatch(l -> l.contains("30/09/2019"));
                Row total = sheets.get(0).getFirst();
                // the page's figures as of 30/09/2019 (planned in the nine months, done by then)
                assertThat(number(total, 2)).isEqualTo(p.total().planned()).isPositive();
                assertThat(number(total, 3)).isEqualTo(p.total().done());
                assertThat(total.getCellAsNumber(4).orElseThrow().doubleValue()).isEqualTo(p.total().share());
                assertThat(sheets.get(0)).hasSize(1 + p.byType().size() + p.byTopic().size());
                List<Row> units = sheets.get(1);
                assertThat(units).hasSize(below.size()).isNotEmpty();
                for (int i = 0; i < below.size(); i++) {
                    assertThat(units.get(i).getCellText(0)).contains(below.get(i).unit().name());
                    assertThat(number(units.get(i), 2)).isEqualTo(below.get(i).planned());
                    assertThat(number(units.get(i), 3)).isEqualTo(below.get(i).done());
                    assertThat(number(units.get(i), 5)).isEqualTo(below.get(i).open());
                    assertThat(number(units.get(i), 6)).isEqualTo(below.get(i).overdue());
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void recommendationSheetsFollowTheCutOffAndThePagesFilter() throws Exception {
        AsUser.run(AsUser.chair(), () -> {
            SelectionService.Resolved sel = chauThanh();
            LocalDate asOf = service.asOf(NINE_MONTHS_2019);
            for (RecommendationFilter filter : RecommendationFilter.values()) {
                List<TableWorkbook.Table> tables = InspectionExport.recommendations(recommendationQueries, sel, asOf, filter, false, VI);
                List<UnitBacklog> backlog = recommendationQueries.openByUnit(sel.unit().id(), asOf);
                int count = recommendationQueries.countRecommendations(sel.unit().id(), asOf, filter);
                try {
                    List<List<Row>> sheets = sheets(tables);
                    assertThat(sheets.get(0)).hasSize(backlog.size());
                    for (int i = 0; i < backlog.size(); i++) {
                        assertThat(sheets.get(0).get(i).getCellText(0)).contains(backlog.get(i).unit().name());
                        assertThat(number(sheets.get(0).get(i), 1)).isEqualTo(backlog.get(i).open());
                        assertThat(number(sheets.get(0).get(i), 2)).isEqualTo(backlog.get(i).overdue());
                    }
                    assertThat(sheets.get(1)).as(filter.name()).hasSize(count);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            // as of the cut-off, not today: the open ones then are more than the open ones now
            long openThen = recommendationQueries.openByUnit(sel.unit().id(), asOf).stream().mapToLong(UnitBacklog::open).sum();
            assertThat(openThen).isEqualTo(service.progress(sel.unit().id(), NINE_MONTHS_2019, asOf).recommendations().open());
        });
    }

    @Test
    void openedFromTheUnitsOwnRowTheSheetHoldsOnlyItsOwnRecommendations() throws Exception {
        vn.reformdesk.support.TestUnits.Tree t = testUnits.province(1, 1, 0);
        UnitRef district = t.district(0);
        Period year = Period.year(2024);
        AsUser.run(AsUser.secretariat(), () -> {
            long id = inspectionCommands.create(vn.reformdesk.inspections.InspectionForm.planned(t.province().id(), 2024, district.code(), 5,
                    null, vn.reformdesk.inspections.InspectionType.SCHEDULED, "ONE_STOP", "Trưởng đoàn", ""));
            var i = service.get(id).inspection();
            var form = new vn.reformdesk.inspections.InspectionForm(i.planUnitId(), i.planYear(), i.target().code(), i.plannedMonth(),
                    i.plannedDate(), i.type(), i.topicCode(), i.teamLead(), i.members(), i.status(), i.actualDate(), i.postponeReason(),
                    i.findings(), List.of());
            LocalDate held = LocalDate.of(2024, 5, 5);
            inspectionCommands.update(id, i.version(), form.done(held, "Tồn tại", List.of(
                    vn.reformdesk.inspections.InspectionForm.RecommendationForm.of("Khắc phục tại huyện", district.code(), held.plusMonths(2)),
                    vn.reformdesk.inspections.InspectionForm.RecommendationForm.of("Khắc phục tại xã", t.commune(0, 0).code(), held.plusMonths(2)))));
        });
        AsUser.run(AsUser.chair(), () -> {
            SelectionService.Resolved sel = new SelectionService.Resolved(units.readable(district), year);
            LocalDate asOf = service.asOf(year);
            List<TableWorkbook.Table> own = InspectionExport.recommendations(recommendationQueries, sel, asOf, RecommendationFilter.ALL, true, VI);
            List<TableWorkbook.Table> all = InspectionExport.recommendations(recommendationQueries, sel, asOf, RecommendationFilter.ALL, false, VI);
            assertThat(recommendationQueries.countRecommendations(district.id(), asOf, RecommendationFilter.ALL, true)).isEqualTo(1);
            assertThat(own.get(1).context()).anyMatch(l -> l.contains(district.name()));
            assertThat(own.get(1).rows()).hasSize(1);
            assertThat(own.get(1).rows().getFirst().get(1)).isEqualTo("Khắc phục tại huyện");
            assertThat(all.get(1).rows()).hasSize(2);
        });
    }

    @Test
    void theTopicsSheetListsEveryTopicAsThePageDoes() throws Exception {
        List<vn.reformdesk.inspections.InspectionTopicService.TopicRow> all = AsUser.call(AsUser.chair(), () -> topicService.all());
        assertThat(all).isNotEmpty();
        TableWorkbook.Table table = InspectionExport.topics(all, LocalDate.of(2026, 12, 1), VI);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(TableWorkbook.write(List.of(table))))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(1).getCellText(0)).contains("01/12/2026");
            List<Row> data = rows.subList(3, rows.size());
            assertThat(data).hasSize(all.size());
            for (int i = 0; i < all.size(); i++) {
                assertThat(data.get(i).getCellText(0)).isEqualTo(all.get(i).code());
                assertThat(data.get(i).getCellText(1)).isEqualTo(all.get(i).name());
                assertThat(number(data.get(i), 3)).isEqualTo(all.get(i).sort());
            }
        }
    }

    @Test
    void theCalendarSheetListsTheMonthsInspectionsByName() throws Exception {
        AsUser.run(AsUser.chair(), () -> {
            SelectionService.Resolved sel = chauThanh();
            YearMonth month = null;
            List<Inspection> items = List.of();
            for (int m = 1; m <= 12 && items.isEmpty(); m++) {
                month = YearMonth.of(2019, m);
                items = service.calendar(InspectionFilter.of(sel.unit().id(), Period.month(2019, m)));
            }
            assertThat(items).isNotEmpty();
            InspectionFilter filter = InspectionFilter.of(sel.unit().id(), Period.month(month.getYear(), month.getMonthValue()));
            TableWorkbook.Table table = InspectionExport.calendar(service, filter, month, topics(), sel, VI);
            try {
                List<Row> rows = sheets(List.of(table)).getFirst();
                assertThat(rows).hasSize(items.size());
                List<Inspection> shown = items;
                assertThat(rows).allSatisfy(r -> assertThat(shown.stream().map(i -> i.target().name())).anyMatch(n -> r.getCellText(1).contains(n)));
                assertThat(table.context().getFirst()).contains("Tháng " + month.getMonthValue() + "/2019");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
