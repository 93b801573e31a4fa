package vn.reformdesk.units.ui;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class UnitExportTest {

    @Autowired
    UnitService units;

    @Test
    void theUnitsBelowReadBackByNameAndCodeAsInThePeriod() throws Exception {
        Period period = Period.year(2019);
        byte[] xlsx = AsUser.call(AsUser.chair(), () -> {
            UnitRef chauThanh = units.findByCode("892", period).orElseThrow();
            return TableWorkbook.write(List.of(UnitExport.children(units, chauThanh, period, LocalDate.of(2019, 12, 31),
                    AppLocales.VIETNAMESE)));
        });
        List<UnitRef> expected = AsUser.call(AsUser.chair(), () -> units.children(units.findByCode("892", period).orElseThrow().id(), period));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).contains("Châu Thành").contains("2019");
            assertThat(rows.get(1).getCellText(0)).contains("31/12/2019");
            assertThat(rows.get(2).getCellText(0)).isEqualTo("Tên đơn vị");   // the blank row after the header block is not read back
            List<Row> data = rows.subList(3, rows.size());
            assertThat(expected).isNotEmpty();
            assertThat(data).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(data.get(i).getCellText(0)).contains(expected.get(i).name());
                assertThat(data.get(i).getCellText(1)).isEqualTo(expected.get(i).code());
            }
        }
    }
}
