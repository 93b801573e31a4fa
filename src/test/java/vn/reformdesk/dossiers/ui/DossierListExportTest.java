package vn.reformdesk.dossiers.ui;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.Period;
import vn.reformdesk.dossiers.DossierImportService;
import vn.reformdesk.dossiers.DossierListFixtures;
import vn.reformdesk.dossiers.DossierListKind;
import vn.reformdesk.dossiers.DossierListService;
import vn.reformdesk.dossiers.DossierListServiceAccess;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestClock;
import vn.reformdesk.support.TestUnits;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Excel export of a dossier list reads back as the list: header block, frozen filterable header row, same rows in the same order. */
@DatabaseTest
class DossierListExportTest {

    @Autowired
    TestUnits testUnits;
    @Autowired
    DossierImportService importer;
    @Autowired
    DossierListService list;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theExportReadsBackAsTheListWithItsHeaderBlockAndAFrozenFilterableHeaderRow() throws Exception {
        TestUnits.Tree t = testUnits.province(1, 2, 0);
        LocalDate today = LocalDate.of(2025, 5, 14);
        clock.setToday(today);
        DossierListFixtures.load(importer, t, 800, today, 5);
        Period y = Period.year(2024);
        DossierListService.Query q = new DossierListService.Query(t.province(), y, DossierListKind.LATE,
                new DossierListService.Filter("LAND", null, null, null, null));
        Map<String, String> labels = DossierListExport.labels(k -> k);
        List<String> context = List.of("Late dossiers", "Unit: " + t.province().code(), "Period: 2024", "As of 31/12/2024", "Filter: LAND");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = AsUser.call(AsUser.chair(), () -> DossierListExport.write(list, q, DossierListService.Sort.DAYS_LATE, false,
                context, labels, out));
        List<DossierListService.Row> expected = AsUser.call(AsUser.chair(), () -> list.page(q, DossierListService.Sort.DAYS_LATE, false, 0, 100_000));
        assertThat(expected).hasSizeGreaterThan(5);
        assertThat(written).isEqualTo(expected.size());
        assertThat(written).isEqualTo(AsUser.call(AsUser.chair(), () -> list.count(q)));
        byte[] xlsx = out.toByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            for (int i = 0; i < context.size(); i++) {
                assertThat(rows.get(i).getCellText(0)).isEqualTo(context.get(i));
            }
            int h = context.size();
            while (!rows.get(h).getCellText(0).equals("dossiers.list.col.id")) {
                h++;
            }
            assertThat(rows.get(h).getCellText(0)).isEqualTo("dossiers.list.col.id");
            assertThat(rows.get(h).getCellText(9)).isEqualTo("dossiers.list.col.days-late");
            List<Row> data = rows.subList(h + 1, rows.size());
            assertThat(data).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                DossierListService.Row e = expected.get(i);
                assertThat(data.get(i).getCellText(0)).isEqualTo(e.id());
                assertThat(data.get(i).getCellText(1)).isEqualTo(e.procedure());
                assertThat(data.get(i).getCellText(2)).isEqualTo("dossiers.field.LAND");
                assertThat(data.get(i).getCellAsDate(6).orElseThrow().toLocalDate()).isEqualTo(e.due());
                assertThat(data.get(i).getCellAsNumber(9).orElseThrow().intValue()).isEqualTo(e.daysLate()).isPositive();
                assertThat(data.get(i).getCellAsNumber(10).orElseThrow().intValue()).isEqualTo(e.supplementDays());
            }
        }
        String sheet = sheetXml(xlsx);
        assertThat(sheet).contains("<autoFilter").contains("state=\"frozen\"");
    }

    @Test
    void anExportAboveTheLimitIsRefusedWithAMessageToNarrowTheFilter() {
        TestUnits.Tree t = testUnits.province(1, 1, 0);
        LocalDate today = LocalDate.of(2025, 5, 14);
        clock.setToday(today);
        DossierListFixtures.load(importer, t, 60, today, 6);
        DossierListService.Query q = new DossierListService.Query(t.province(), Period.year(2024), DossierListKind.RECEIVED,
                DossierListService.Filter.NONE);
        long n = AsUser.call(AsUser.chair(), () -> list.count(q));
        assertThat(n).isGreaterThan(10);
        try {
            AsUser.run(AsUser.chair(), () -> DossierListServiceAccess.forEach(list, q, 10));
            throw new AssertionError("not refused");
        } catch (vn.reformdesk.base.UserFacingException e) {
            assertThat(e.key()).isEqualTo("dossiers.list.export.too-many");
            assertThat(e.args()).containsExactly(n, 10);
        }
        long all = AsUser.call(AsUser.chair(), () -> DossierListServiceAccess.forEach(list, q, (int) n));
        assertThat(all).isEqualTo(n);
    }

    private static String sheetXml(byte[] xlsx) throws Exception {
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("dossier-list", ".xlsx");
        try {
            java.nio.file.Files.write(tmp, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(tmp.toFile())) {
                var entry = zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/sheet")).findFirst().orElseThrow();
                return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }
}
