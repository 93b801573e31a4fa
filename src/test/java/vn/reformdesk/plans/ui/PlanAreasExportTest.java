package vn.reformdesk.plans.ui;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.plans.PlanAreaService;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan areas page's Excel download lists the areas as the page does, with their years and state. */
@DatabaseTest
class PlanAreasExportTest {

    static final Locale VI = AppLocales.VIETNAMESE;

    @Autowired
    PlanAreaService areas;

    @Test
    void theAreasSheetHoldsEveryAreaAsThePageListsIt() throws Exception {
        List<PlanAreaService.AreaRow> all = AsUser.call(AsUser.chair(), () -> areas.all());
        assertThat(all).isNotEmpty();
        byte[] xlsx = TableWorkbook.write(List.of(PlanAreasExport.areas(all, LocalDate.of(2026, 12, 1), VI)));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(1).getCellText(0)).contains("01/12/2026");
            List<Row> data = rows.subList(3, rows.size());
            assertThat(data).hasSize(all.size());
            for (int i = 0; i < all.size(); i++) {
                PlanAreaService.AreaRow a = all.get(i);
                assertThat(data.get(i).getCellText(0)).isEqualTo(a.code());
                assertThat(data.get(i).getCellText(1)).isEqualTo(a.name());
                assertThat(data.get(i).getCellText(3)).isEqualTo(a.fromYear() == null && a.toYear() == null
                        ? AppI18NProvider.text("plans.areas.every-year", VI) : PlanAreasExport.years(a, VI));
                assertThat(data.get(i).getCellText(4)).isEqualTo(AppI18NProvider.text(a.active() ? "plans.areas.in-use" : "plans.areas.retired", VI));
            }
        }
    }
}
