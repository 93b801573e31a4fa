package vn.reformdesk.plans;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.RowError;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.reformdesk.plans.PlanFixtures.plan;

@DatabaseTest
class PlanExcelTest {

    @Autowired
    PlanQueries plans;
    @Autowired
    PlanCommands planCommands;
    @Autowired
    TestUnits testUnits;
    @Autowired
    vn.reformdesk.units.UnitService units;

    static byte[] workbook(Object[]... rows) {
        Object[][] all = new Object[rows.length + 1][];
        all[0] = new Object[]{"STT", "Nội dung nhiệm vụ", "Lĩnh vực", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Sản phẩm", "Chỉ tiêu"};
        System.arraycopy(rows, 0, all, 1, rows.length);
        return vn.reformdesk.support.TestWorkbooks.xlsx("Nhiệm vụ", all);
    }

    @Test
    void aGoodFileAddsEveryTaskAndTheExportReadsBack() throws IOException {
        TestUnits.Tree t = testUnits.province(1, 2, 0);
        PlanRef plan = plan(planCommands, plans, t.district(0), 2024);
        byte[] file = workbook(
                new Object[]{1, "Ban hành kế hoạch CCHC", "CHI_DAO", t.district(0).code(), null, LocalDate.of(2024, 1, 31), "Kế hoạch"},
                new Object[]{2, "Công khai TTHC", "Cải cách thủ tục hành chính", t.commune(0, 1).code(),
                        t.commune(0, 0).code() + "; " + t.district(0).code(), "30/06/2024", "Báo cáo", 27},
                new Object[]{null, null, null, null, null, null},
                new Object[]{"", "Số hóa hồ sơ", "hien_dai", t.commune(0, 0).name(), null, "2024-09-30"});
        int added = AsUser.call(AsUser.secretariat(), () -> planCommands.importTasks(plan.id(), file, AppLocales.VIETNAMESE));
        assertThat(added).isEqualTo(3);
        AsUser.run(AsUser.chair(), () -> {
            List<TaskRow> tasks = plans.tasks(plan.id(), LocalDate.of(2024, 1, 1), 0, 10);
            assertThat(tasks).extracting(TaskRow::number).containsExactly("1", "2", "3");
            assertThat(tasks.get(1).supportCodes()).containsExactlyInAnyOrder(t.commune(0, 0).code(), t.district(0).code());
            assertThat(tasks.get(1).targetCount()).isEqualTo(27);
            assertThat(tasks.get(2).area().code()).isEqualTo("HIEN_DAI");
            assertThat(tasks.get(2).leadCode()).isEqualTo(t.commune(0, 0).code());

            byte[] export = plans.exportTasks(plan.id(), LocalDate.of(2024, 12, 31), AppLocales.VIETNAMESE);
            try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(export))) {
                // the export opens with a header block (plan, unit, as of), then the column titles, then the tasks
                List<Row> all = wb.getFirstSheet().read();
                assertThat(all.get(0).getCellText(0)).contains(plan.number());
                int h = java.util.stream.IntStream.range(0, all.size()).filter(i -> all.get(i).getCellText(0).equals("STT")).findFirst().orElseThrow();
                List<Row> rows = all.subList(h, all.size());
                assertThat(rows).hasSize(4);
                assertThat(rows.get(0).getCellText(1)).isEqualTo("Nội dung nhiệm vụ");
                assertThat(rows.get(2).getCellText(1)).isEqualTo("Công khai TTHC");
                assertThat(rows.get(2).getCellAsDate(5)).hasValueSatisfying(d -> assertThat(d.toLocalDate()).isEqualTo(LocalDate.of(2024, 6, 30)));
                // at 31/12 all three are overdue
                assertThat(rows.get(1).getCellText(11)).isEqualTo("Có");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theExportOfChauThanhsPlanAtNineMonths2019FollowsTheCutOffNamesUnitsAndCarriesAHeader() {
        AsUser.run(AsUser.chair(), () -> {
            var chauThanh = units.findByCode("892", vn.reformdesk.base.Period.year(2019)).orElseThrow();
            PlanRef plan = plans.planOf(chauThanh, 2019).orElseThrow();
            byte[] export = plans.exportTasks(plan.id(), LocalDate.of(2019, 9, 30), AppLocales.VIETNAMESE);
            try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(export))) {
                List<Row> all = wb.getFirstSheet().read();
                assertThat(all.get(0).getCellText(0)).contains("31/KH-UBND", "25/01/2019");
                assertThat(all.get(1).getCellText(0)).contains("Châu Thành", "2019");
                assertThat(all.get(2).getCellText(0)).contains("30/09/2019");
                int h = java.util.stream.IntStream.range(0, all.size()).filter(i -> all.get(i).getCellText(0).equals("STT")).findFirst().orElseThrow();
                List<Row> tasks = all.subList(h + 1, all.size());
                assertThat(tasks).hasSize(36);
                // 29 done by 30 September, as on the screen: tasks finished later are still under way in this export
                assertThat(tasks.stream().filter(r -> r.getCellText(8).equals("Hoàn thành"))).hasSize(29);
                // lead units by name, not by code
                assertThat(tasks).allSatisfy(r -> assertThat(r.getCellText(3)).doesNotMatch("\\d+"));
                assertThat(tasks.stream().map(r -> r.getCellText(3))).anyMatch(n -> n.contains("Châu Thành"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aFileWithErrorsIsRejectedWholeWithEveryErrorByRow() throws IOException {
        TestUnits.Tree t = testUnits.province(2, 1, 0);
        PlanRef plan = plan(planCommands, plans, t.district(0), 2024);
        String lead = t.district(0).code();
        byte[] file = workbook(
                new Object[]{1, "Nhiệm vụ tốt", "TTHC", lead, null, LocalDate.of(2024, 3, 31)},
                new Object[]{2, "  ", "TTHC", lead, null, LocalDate.of(2024, 3, 31)},
                new Object[]{3, "Hạn năm trước", "TTHC", lead, null, LocalDate.of(2023, 12, 31)},
                new Object[]{4, "Đơn vị lạ", "TTHC", "XYZ-999", null, LocalDate.of(2024, 5, 31)},
                new Object[]{5, "Lĩnh vực lạ", "Không có lĩnh vực này", lead, null, LocalDate.of(2024, 5, 31)},
                new Object[]{6, "Huyện khác chủ trì", "TTHC", t.district(1).code(), null, LocalDate.of(2024, 5, 31)},
                new Object[]{1, "Số trùng", "TTHC", lead, null, "31/13/2024"});
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> AsUser.call(AsUser.secretariat(), () -> planCommands.importTasks(plan.id(), file, AppLocales.VIETNAMESE)));
        assertThat(e.errors()).extracting(RowError::line).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(e.errors()).extracting(RowError::column).containsExactly("Nội dung nhiệm vụ", "Thời hạn", "Đơn vị chủ trì",
                "Lĩnh vực", "Đơn vị chủ trì", "Thời hạn");
        assertThat(e.errors().get(1).message()).contains("2024");
        assertThat(e.errors().get(2).message()).contains("XYZ-999");
        assertThat(e.errors().get(5).message()).contains("31/13/2024");
        AsUser.run(AsUser.chair(), () -> assertThat(plans.countTasks(plan.id())).isZero());
    }

    @Test
    void aFileThatIsNotExcelIsRejectedWithAClearMessage() {
        TestUnits.Tree t = testUnits.province(1, 0, 0);
        PlanRef plan = plan(planCommands, plans, t.district(0), 2024);
        for (byte[] file : new byte[][]{"STT;Nội dung\n1;x".getBytes(StandardCharsets.UTF_8), new byte[0],
                new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}}) {
            ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                    () -> AsUser.call(AsUser.secretariat(), () -> planCommands.importTasks(plan.id(), file, AppLocales.ENGLISH)));
            assertThat(e.errors()).singleElement().extracting(RowError::message).asString().containsAnyOf("not an Excel file", ".xls");
        }
        assertThatThrownBy(() -> AsUser.call(AsUser.leaderOf(t.district(0)),
                () -> planCommands.importTasks(plan.id(), workbook(), AppLocales.ENGLISH))).isInstanceOf(AccessDeniedException.class);
        AsUser.run(AsUser.chair(), () -> assertThat(plans.countTasks(plan.id())).isZero());
    }
}
