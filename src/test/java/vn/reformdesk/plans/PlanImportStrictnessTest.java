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

    @Test
    void aFractionalTargetInEitherNotationIsRefusedNamingItsRowAndColumnInTheUsersLanguageAndNothingIsImported() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        PlanRef plan = plan(planCommands, plans, t.district(0), 2024);
        String lead = t.district(0).code();
        byte[] file = PlanExcelTest.workbook(
                new Object[]{1, "Chỉ tiêu hợp lệ", "TTHC", lead, null, "30/06/2024", "x", "1.348"},
                new Object[]{2, "Chỉ tiêu 2.5 (chữ)", "TTHC", lead, null, "30/06/2024", "x", "2.5"},
                new Object[]{3, "Chỉ tiêu 12,5 (chữ)", "TTHC", lead, null, "30/06/2024", "x", "12,5"},
                new Object[]{4, "Chỉ tiêu 1.5 (ô số)", "TTHC", lead, null, "30/06/2024", "x", 1.5},
                new Object[]{5, "Chỉ tiêu âm", "TTHC", lead, null, "30/06/2024", "x", "-3"},
                new Object[]{6, "Chỉ tiêu ô số nguyên", "TTHC", lead, null, "30/06/2024", "x", 27.0});
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> AsUser.call(AsUser.secretariat(), () -> planCommands.importTasks(plan.id(), file, AppLocales.VIETNAMESE)));
        assertThat(e).isNotNull();
        // never read as 25, 125 or 15: the rows 3 to 6 are refused, in the column of the target
        assertThat(e.errors()).extracting(RowError::line).containsExactly(3, 4, 5, 6);
        assertThat(e.errors()).extracting(RowError::column).containsOnly("Chỉ tiêu");
        assertThat(e.errors()).extracting(RowError::key).containsOnly("plans.import.error.target");
        assertThat(e.errors().getFirst().message(AppLocales.VIETNAMESE)).startsWith("Chỉ tiêu \"2.5\" phải là số nguyên dương");
        assertThat(e.errors().get(1).message(AppLocales.ENGLISH)).startsWith("The target \"12,5\" must be a positive whole number");
        assertThat(e.errors().get(2).message(AppLocales.VIETNAMESE)).contains("\"1.5\"");
        // all or nothing: the good rows are not imported either
        assertThat(AsUser.call(AsUser.chair(), () -> plans.countTasks(plan.id()))).isZero();

        byte[] good = PlanExcelTest.workbook(
                new Object[]{1, "Nghìn có dấu chấm", "TTHC", lead, null, "30/06/2024", "x", "1.348"},
                new Object[]{2, "Nghìn có khoảng trắng", "TTHC", lead, null, "30/06/2024", "x", "1 000"},
                new Object[]{3, "Ô số nguyên", "TTHC", lead, null, "30/06/2024", "x", 27.0});
        assertThat(AsUser.call(AsUser.secretariat(), () -> planCommands.importTasks(plan.id(), good, AppLocales.VIETNAMESE))).isEqualTo(3);
        AsUser.run(AsUser.chair(), () -> assertThat(plans.tasks(plan.id(), java.time.LocalDate.of(2024, 1, 1), 0, 10))
                .extracting(TaskRow::targetCount).containsExactly(1348, 1000, 27));
    }
}
