package vn.reformdesk.admin.ui;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.security.UserService;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.units.UnitService;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class AccountExportTest {

    @Autowired
    UserService users;
    @Autowired
    UnitService units;

    @Test
    void theAccountsReadBackWithTheirUnitsByName() throws Exception {
        List<UserService.UserSummary> expected = AsUser.call(AsUser.admin(), users::list);
        byte[] xlsx = AsUser.call(AsUser.admin(), () -> TableWorkbook.write(List.of(
                AccountExport.accounts(users, units, LocalDate.of(2026, 11, 30), AppLocales.VIETNAMESE))));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(1).getCellText(0)).contains("30/11/2026");
            assertThat(rows.get(2).getCellText(0)).isEqualTo("Tên đăng nhập");   // the blank row after the header block is not read back
            List<Row> data = rows.subList(3, rows.size());
            assertThat(data).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                UserService.UserSummary u = expected.get(i);
                assertThat(data.get(i).getCellText(0)).isEqualTo(u.username());
                if (u.unitId() != null) {
                    String name = AsUser.call(AsUser.admin(), () -> units.get(u.unitId()).name());
                    assertThat(data.get(i).getCellText(3)).contains(name).doesNotMatch("\\d+");
                }
            }
            assertThat(data).anyMatch(r -> !r.getCellText(3).isEmpty());
        }
    }
}
