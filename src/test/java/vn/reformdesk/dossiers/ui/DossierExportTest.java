package vn.reformdesk.dossiers.ui;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.dossiers.DossierKpiService;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class DossierExportTest {

    @Autowired
    DossierKpiService kpis;
    @Autowired
    UnitService units;

    @Test
    void theUnitsTableReadsBackWithTheServicesFiguresOfAPastPeriod() throws Exception {
        Period period = Period.nineMonths(2019);
        AsUser.run(AsUser.chair(), () -> {
            UnitRef chauThanh = units.findByCode("892", period).orElseThrow();
            List<DossierKpiService.ChildRow> expected = kpis.children(units.readable(chauThanh), period);
            byte[] xlsx = TableWorkbook.write(List.of(DossierExport.children(kpis, units.readable(chauThanh), period, AppLocales.VIETNAMESE)));
            try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
                List<Row> rows = wb.getFirstSheet().read();
                assertThat(rows.get(0).getCellText(0)).contains("Châu Thành").contains("9 tháng năm 2019");
                int h = 1;
                while (!rows.get(h).getCellText(0).equals("Tên đơn vị") && !rows.get(h).getCellText(2).startsWith("Tiếp nhận")) {
                    h++;
                }
                List<Row> data = rows.subList(h + 1, rows.size());
                assertThat(data).hasSize(expected.size());
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(data.get(i).getCellText(0)).contains(expected.get(i).unit().name());
                    assertThat(data.get(i).getCellAsNumber(2).orElseThrow().longValue()).isEqualTo(expected.get(i).figures().received());
                    assertThat(data.get(i).getCellAsNumber(8).orElseThrow().longValue()).isEqualTo(expected.get(i).figures().overdue());
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
