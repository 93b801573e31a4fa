package vn.reformdesk.plans;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.RowError;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.support.TestWorkbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.reformdesk.plans.PlanFixtures.plan;

/** The plan import refuses a sheet with another header, impossible dates and fractional targets, with the row and column. */
@DatabaseTest
class PlanImportStrictnessTest {

    @Autowired
    PlanQueries plans;
    @Autowired
    PlanCommands planCommands;
    @Autowired
    TestUnits testUnits;

    private ImportRejectedException refused(long planId, byte[] file) {
        return catchThrowableOfType(ImportRejectedException.class,
                () -> AsUser.call(AsUser.secretariat(), () -> planCommands.importTasks(planId, file, AppLocales.ENGLISH)));
    }

    @Test
    void aSheetWithAnotherHeaderIsRefused() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        PlanRef plan = plan(planCommands, plans, t.district(0), 2024);
        byte[] file = TestWorkbooks.xlsx("Sheet1", new Object[][]{
                {"foo", "bar", "baz", "qux", "a", "b", "c", "d"},
                {1, "Nhiệm vụ", "TTHC", t.district(0).code(), null, "30/06/2024", "x", 3}});
        ImportRejectedException e = refused(plan.id(), file);
        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(RowError::line).containsExactly(1);
        assertThat(AsUser.call(AsUser.chair(), () -> plans.countTasks(plan.id()))).isZero();
    }

    @Test
    void anImpossibleDateAndAFractionalTargetAreRefusedWithTheirCells() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        PlanRef plan = plan(planCommands, plans, t.district(0), 2024);
        String lead = t.district(0).code();
        byte[] file = PlanExcelTest.workbook(
                new Object[]{1, "Ngày không có thật", "TTHC", lead, null, "31/02/2024", "x", 3},
                new Object[]{2, "Chỉ tiêu lẻ (ô số)", "TTHC", lead, null, "30/06/2024", "x", 1.5},
                new Object[]{3, "Chỉ tiêu lẻ (chữ)", "TTHC", lead, null, "30/06/2024", "x", "1.5"},
                new Object[]{4, "Nghìn có dấu chấm", "TTHC", lead, null, "30/06/2024", "x", "1.000"});
        ImportRejectedException e = refused(plan.id(), file);
        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(RowError::line).containsExactly(2, 3, 4);
        assertThat(e.errors().get(0).column()).isEqualTo("Deadline");
        assertThat(e.errors().get(1).column()).isEqualTo("Target");
        assertThat(AsUser.call(AsUser.chair(), () -> plans.countTasks(plan.id()))).isZero();
    }
}
