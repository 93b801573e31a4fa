package vn.reformdesk.overview;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.inspections.InspectionQueries;
import vn.reformdesk.inspections.ProgressReport;
import vn.reformdesk.rankings.IndexDef;
import vn.reformdesk.rankings.IndexService;
import vn.reformdesk.rankings.RankingService;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;
import vn.reformdesk.units.UnitTier;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Overview's workbook has a sheet for the rankings card and one for the inspections card, read back and compared
 * with the rankings and inspections services for the same unit and period; the inspections sheet follows the period's
 * cut-off (Châu Thành, 9 months of 2019: as of 30 September 2019; the year: 31 December 2019).
 */
@DatabaseTest
class OverviewWorkbookFieldsTest {

    private static final Locale VI = AppLocales.VIETNAMESE;
    private static final Period NINE_MONTHS_2019 = Period.nineMonths(2019);

    @Autowired
    OverviewWorkbook workbook;
    @Autowired
    UnitService units;
    @Autowired
    InspectionQueries inspections;
    @Autowired
    RankingService rankings;
    @Autowired
    IndexService indexes;

    @Test
    void theInspectionsSheetHoldsTheServicesFiguresAsOfThePeriodsCutOff() throws Exception {
        UnitRef chauThanh = AsUser.call(AsUser.chair(), () -> units.findByCode("892", NINE_MONTHS_2019).orElseThrow());
        LocalDate cutOff = LocalDate.of(2019, 9, 30);
        ProgressReport atCutOff = AsUser.call(AsUser.chair(), () -> inspections.progress(chauThanh.id(), NINE_MONTHS_2019, cutOff));
        assertThat(atCutOff.total().planned()).isPositive();

        List<Row> rows = sheet(chauThanh, NINE_MONTHS_2019, AppI18NProvider.text("inspections.card.title", VI));
        assertThat(rows.get(0).getCellText(0)).contains(UnitNames.name(chauThanh, VI)).contains("892").contains("2019");
        assertThat(rows.get(1).getCellText(0)).contains("30/09/2019");
        List<Row> figures = rows.subList(3, rows.size());
        assertThat(figures).extracting(r -> r.getCellText(0)).containsExactly(
                AppI18NProvider.text("inspections.drill.done", VI), AppI18NProvider.text("inspections.drill.planned", VI),
                AppI18NProvider.text("inspections.progress.share", VI), AppI18NProvider.text("inspections.recs.open", VI),
                AppI18NProvider.text("inspections.recs.overdue", VI));
        assertThat(number(figures.get(0))).isEqualByComparingTo(BigDecimal.valueOf(atCutOff.total().done()));
        assertThat(number(figures.get(1))).isEqualByComparingTo(BigDecimal.valueOf(atCutOff.total().planned()));
        assertThat(number(figures.get(2)).doubleValue()).isEqualTo(atCutOff.total().share());
        assertThat(number(figures.get(3))).isEqualByComparingTo(BigDecimal.valueOf(atCutOff.recommendations().open()));
        assertThat(number(figures.get(4))).isEqualByComparingTo(BigDecimal.valueOf(atCutOff.recommendations().overdue()));
        // the whole year's sheet follows the year's end
        ProgressReport yearEnd = AsUser.call(AsUser.chair(), () -> inspections.progress(chauThanh.id(), Period.year(2019), LocalDate.of(2019, 12, 31)));
        List<Row> year = sheet(chauThanh, Period.year(2019), AppI18NProvider.text("inspections.card.title", VI));
        assertThat(year.get(1).getCellText(0)).contains("31/12/2019");
        assertThat(number(year.get(3))).isEqualByComparingTo(BigDecimal.valueOf(yearEnd.total().done()));
        assertThat(number(year.get(4))).isEqualByComparingTo(BigDecimal.valueOf(yearEnd.total().planned()));
        assertThat(number(year.get(6))).isEqualByComparingTo(BigDecimal.valueOf(yearEnd.recommendations().open()));
        assertThat(number(year.get(7))).isEqualByComparingTo(BigDecimal.valueOf(yearEnd.recommendations().overdue()));
    }

    @Test
    void theRankingsSheetHoldsTheTopAndBottomUnitsTheOwnRankAndTheNationalResultsAsTheServiceGivesThem() throws Exception {
        UnitRef chauThanh = AsUser.call(AsUser.chair(), () -> units.findByCode("892", NINE_MONTHS_2019).orElseThrow());
        String title = AppI18NProvider.text("rankings.overview.title", VI, "2019");
        List<Row> rows = sheet(chauThanh, NINE_MONTHS_2019, title);
        List<Row> figures = rows.subList(3, rows.size());
        assertThat(figures).isNotEmpty();

        List<IndexDef> all = AsUser.call(AsUser.chair(), () -> indexes.indexes(rankings.provinceOf(chauThanh), 2019));
        assertThat(all).isNotEmpty();
        int checked = 0;
        for (IndexDef index : all) {
            UnitRef province = AsUser.call(AsUser.chair(), () -> rankings.province(index));
            // the district's communes: the top and bottom three with their scores
            if (index.tiers().contains(UnitTier.COMMUNE)) {
                RankingService.Ranking communes = AsUser.call(AsUser.chair(), () -> rankings.ranking(index, UnitTier.COMMUNE, chauThanh));
                for (RankingService.RankingRow row : communes.rows()) {
                    String label = AppI18NProvider.text("rankings.excel.overview.row", VI, index.name(VI),
                            AppI18NProvider.text("rankings.tier.COMMUNE", VI), String.valueOf(row.rank()), UnitNames.name(row.unit(), VI));
                    boolean shown = communes.rows().indexOf(row) < 3 || communes.rows().indexOf(row) >= communes.rows().size() - 3;
                    List<Row> found = figures.stream().filter(r -> r.getCellText(0).equals(label)).toList();
                    assertThat(found).as(label).hasSize(shown ? 1 : 0);
                    if (shown) {
                        assertThat(number(found.getFirst())).isEqualByComparingTo(row.score());
                        checked++;
                    }
                }
            }
            // the district's own rank among the districts of the province
            if (index.tiers().contains(UnitTier.DISTRICT)) {
                RankingService.Ranking districts = AsUser.call(AsUser.chair(), () -> rankings.ranking(index, UnitTier.DISTRICT, province));
                RankingService.RankingRow own = districts.row(chauThanh.id()).orElseThrow();
                String label = AppI18NProvider.text("rankings.excel.overview.own-rank", VI, index.name(VI), UnitNames.name(chauThanh, VI),
                        String.valueOf(districts.rows().size()));
                Row found = figures.stream().filter(r -> r.getCellText(0).equals(label)).findFirst()
                        .orElseThrow(() -> new AssertionError("no row " + label));
                assertThat(number(found).intValue()).isEqualTo(own.rank());
                checked++;
            }
        }
        assertThat(checked).isPositive();
        // the province's national results up to 2019
        var national = AsUser.call(AsUser.chair(), () -> rankings.national(rankings.provinceOf(chauThanh))).stream()
                .filter(n -> n.year() == 2019).toList();
        assertThat(national).isNotEmpty();
        for (var n : national) {
            String label = AppI18NProvider.text("rankings.excel.overview.national", VI,
                    AppI18NProvider.text("rankings.national.series." + n.kind().name(), VI), "2019");
            Row found = figures.stream().filter(r -> r.getCellText(0).equals(label)).findFirst().orElseThrow(() -> new AssertionError("no row " + label));
            assertThat(number(found)).isEqualByComparingTo(n.value());
        }
    }

    private List<Row> sheet(UnitRef unit, Period period, String title) throws Exception {
        byte[] xlsx = AsUser.call(AsUser.chair(), () -> TableWorkbook.write(workbook.tables(unit, period, VI)));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            String name = title.length() > 28 ? title.substring(0, 28) : title;
            Sheet sheet = wb.getSheets().filter(s -> s.getName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no sheet " + name));
            return sheet.read();
        }
    }

    private static BigDecimal number(Row row) {
        return row.getCellAsNumber(1).orElseThrow(() -> new AssertionError("no number in " + row.getCellText(0)));
    }
}
