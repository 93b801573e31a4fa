package vn.reformdesk.audit.ui;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.audit.AuditEvent;
import vn.reformdesk.audit.AuditFilter;
import vn.reformdesk.audit.AuditQueries;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.plans.PlanCommands;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit trail's Excel download holds the events of the page's search, newest first, and only the administrator's. */
@DatabaseTest
class AuditExportTest {

    @Autowired
    AuditQueries audit;
    @Autowired
    PlanCommands planCommands;
    @Autowired
    TestUnits testUnits;

    @Test
    void theDownloadHoldsTheSearchedEventsAndNothingElse() throws Exception {
        TestUnits.Tree tree = testUnits.province(2, 1, 0);
        CurrentUser secretariat = AsUser.secretariat();
        AsUser.run(secretariat, () -> {
            planCommands.createPlan(tree.district(0).id(), 2024, "1/KH", LocalDate.of(2024, 1, 5), "Kế hoạch một");
            planCommands.createPlan(tree.district(0).id(), 2025, "2/KH", LocalDate.of(2025, 1, 5), "Kế hoạch hai");
            planCommands.createPlan(tree.district(1).id(), 2024, "3/KH", LocalDate.of(2024, 1, 5), "Kế hoạch khác");
        });
        AuditFilter filter = new AuditFilter(null, tree.district(0).id(), null, null, "plans.PlanCommands.createPlan");
        List<AuditEvent> shown = AsUser.call(AsUser.admin(), () -> audit.search(filter, 0, 50));
        assertThat(shown).hasSize(2);
        byte[] xlsx = AsUser.call(AsUser.admin(), () -> TableWorkbook.write(List.of(AuditExport.events(audit, filter, Instant.now(),
                AppLocales.VIETNAMESE))));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(1).getCellText(0)).startsWith("2 ");
            // three header lines, a blank row, the column titles, then the events
            List<Row> data = rows.subList(4, rows.size());
            assertThat(data).hasSize(shown.size());
            for (int i = 0; i < shown.size(); i++) {
                assertThat(data.get(i).getCellText(1)).isEqualTo(shown.get(i).username());
                assertThat(data.get(i).getCellText(3)).isEqualTo("plans.PlanCommands.createPlan");
                assertThat(data.get(i).getCellText(4)).isEqualTo(tree.district(0).name() + " (" + tree.district(0).code() + ")");
                assertThat(data.get(i).getCellText(5)).isEqualTo(shown.get(i).input());
            }
            assertThat(data.get(0).getCellText(5)).contains("Kế hoạch hai");
        }
        assertThatThrownBy(() -> AsUser.run(AsUser.chair(), () -> AuditExport.events(audit, filter, Instant.now(), AppLocales.VIETNAMESE)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
