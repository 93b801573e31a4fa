package vn.reformdesk.plans.ui;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.plans.DrillDown;
import vn.reformdesk.plans.DrillRow;
import vn.reformdesk.plans.PlanQueries;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plans page's table of the units below, read back from its download against the plan service for the same unit
 * and a past cut-off (the province, 9 months of 2019: as of 30 September 2019).
 */
@DatabaseTest
class PlansDrillExportTest {

    private static final Locale VI = AppLocales.VIETNAMESE;

    @Autowired
    PlanQueries plans;
    @Autowired
    UnitService units;

    @Test
    void theUnitsBelowWorkbookHoldsEachUnitsPlanFiguresAsOfThePeriodsCutOff() throws Exception {
        Period period = Period.nineMonths(2019);
        UnitRef province = AsUser.call(AsUser.chair(), () -> units.findByCode("89", period).orElseThrow());
        DrillDown drill = AsUser.call(AsUser.chair(), () -> plans.drillDown(province, period));
        assertThat(drill.withPlan()).isPositive();
        byte[] xlsx = AsUser.call(AsUser.chair(), () -> TableWorkbook.write(List.of(PlansDrillExport.drillDown(plans, province, period, VI))));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).contains(UnitNames.name(province, VI)).contains("89").contains("2019");
            assertThat(rows.get(1).getCellText(0)).contains("30/09/2019");
            List<Row> data = rows.subList(3, rows.size());
            assertThat(data).hasSize(drill.rows().size());
            long done = 0;
            for (int i = 0; i < drill.rows().size(); i++) {
                DrillRow want = drill.rows().get(i);
                Row got = data.get(i);
                assertThat(got.getCellText(1)).isEqualTo(want.unit().code());
                assertThat(got.getCellText(2)).isEqualTo(UnitNames.name(want.unit(), VI));
                if (want.hasPlan()) {
                    assertThat(got.getCellText(3)).isEqualTo(want.plan().number());
                    assertThat(got.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(want.progress().done()));
                    assertThat(got.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(want.progress().total()));
                    assertThat(got.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(want.progress().overdue()));
                    done += got.getCellAsNumber(4).orElseThrow().longValue();
                } else {
                    assertThat(got.getCellText(3)).isEqualTo(AppI18NProvider.text("plans.no-plan", VI));
                    assertThat(got.getCellText(4)).as("unknown is not zero").isEmpty();
                }
            }
            // the rows add up to the page's totals line
            assertThat(done).isEqualTo(drill.done());
        }
    }

    @Test
    void theTasksBehindAFigureAreAsManyAsTheFigureAndSayTheirStateAtTheCutOff() throws Exception {
        Period period = Period.nineMonths(2019);
        UnitRef province = AsUser.call(AsUser.chair(), () -> units.findByCode("89", period).orElseThrow());
        DrillDown drill = AsUser.call(AsUser.chair(), () -> plans.drillDown(province, period));
        for (vn.reformdesk.plans.TaskFilter filter : List.of(vn.reformdesk.plans.TaskFilter.DONE, vn.reformdesk.plans.TaskFilter.OVERDUE)) {
            long figure = filter == vn.reformdesk.plans.TaskFilter.DONE ? drill.done() : drill.overdue();
            byte[] xlsx = AsUser.call(AsUser.chair(), () -> TableWorkbook.write(List.of(PlansDrillExport.tasks(plans, province, period, filter, VI))));
            try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
                List<Row> rows = wb.getFirstSheet().read();
                assertThat(rows.get(2).getCellText(0)).contains("30/09/2019");
                // three header lines, a blank row, the column titles, then one row per task
                List<Row> data = rows.subList(4, rows.size());
                assertThat(data).as(filter.name()).hasSize((int) figure);
                String word = AppI18NProvider.text(filter == vn.reformdesk.plans.TaskFilter.DONE ? "plans.status.DONE" : "plans.badge.overdue", VI);
                assertThat(data).allSatisfy(r -> assertThat(r.getCellText(4)).isEqualTo(word));
            }
        }
        assertThat(drill.done()).isPositive();
    }
}
