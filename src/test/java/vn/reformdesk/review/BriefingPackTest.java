package vn.reformdesk.review;

import vn.reformdesk.plans.Progress;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.Period;
import vn.reformdesk.plans.PlanCommands;
import vn.reformdesk.plans.PlanQueries;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class BriefingPackTest {

    private static final Period NINE_MONTHS_2019 = Period.nineMonths(2019);

    @Autowired
    BriefingPack packs;
    @Autowired
    ReviewService reviews;
    @Autowired
    UnitService units;
    @Autowired
    PlanQueries plans;
    @Autowired
    PlanCommands planCommands;

    private UnitRef chauThanh() {
        return AsUser.call(AsUser.chair(), () -> units.findByCode("892", Period.year(2019)).orElseThrow());
    }

    @Test
    void thePdfHoldsTheScreensFiguresForChauThanhNineMonths2019WithTheFrameOnEveryPage() throws Exception {
        UnitRef chauThanh = chauThanh();
        byte[] pdf = AsUser.call(AsUser.chair(), () -> packs.pdf(units.readable(chauThanh), NINE_MONTHS_2019, AppLocales.VIETNAMESE));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("80,6% (29/36)").contains("60,0% (6/10)").contains("Châu Thành")
                    .contains("Kế hoạch CCHC").contains("Kiểm tra CCHC");
            int pages = doc.getNumberOfPages();
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(p);
                one.setEndPage(p);
                String page = one.getText(doc);
                assertThat(page).as("page " + p).contains("Số liệu tính đến 30/09/2019").contains("9 tháng")
                        .contains("Trang " + p).contains("/ " + pages);
            }
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            // the chart is an image on the page
            assertThat(doc.getPage(0).getResources().getXObjectNames()).isNotEmpty();
        }
    }

    @Test
    void theWorkbookHasOneSheetPerTableAndTheServicesFiguresAtThePastCutOff() throws Exception {
        UnitRef chauThanh = chauThanh();
        byte[] xlsx = AsUser.call(AsUser.chair(), () -> packs.workbook(units.readable(chauThanh), NINE_MONTHS_2019, AppLocales.VIETNAMESE));
        Progress progress = AsUser.call(AsUser.chair(), () ->
                plans.progress(plans.planOf(chauThanh, 2019).orElseThrow().id(), NINE_MONTHS_2019.end()));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = wb.getSheets().map(Sheet::getName).toList();
            assertThat(names).contains("Kết quả theo lĩnh vực", "Đơn vị chưa đạt", "Biến động");
            Sheet scorecard = wb.getSheets().filter(s -> s.getName().equals("Kết quả theo lĩnh vực")).findFirst().orElseThrow();
            List<Row> rows = scorecard.read();
            assertThat(rows.get(0).getCellText(0)).contains("Châu Thành").contains("9 tháng");
            assertThat(rows.get(1).getCellText(0)).contains("30/09/2019");
            Optional<Row> completion = rows.stream().filter(r -> "Tỷ lệ nhiệm vụ kế hoạch hoàn thành".equals(r.getCellText(1))).findFirst();
            assertThat(completion).isPresent();
            assertThat(completion.get().getCellAsNumber(2).orElseThrow().doubleValue()).isEqualTo(progress.percent());
            assertThat(completion.get().getCellAsNumber(3).orElseThrow().longValue()).isEqualTo(progress.done()).isEqualTo(29);
            assertThat(completion.get().getCellAsNumber(4).orElseThrow().longValue()).isEqualTo(progress.total()).isEqualTo(36);
            Row inspections = rows.stream().filter(r -> "Tỷ lệ đơn vị đã kiểm tra theo kế hoạch".equals(r.getCellText(1))).findFirst().orElseThrow();
            assertThat(inspections.getCellAsNumber(2).orElseThrow().doubleValue()).isEqualTo(60.0);
            assertThat(inspections.getCellAsNumber(3).orElseThrow().longValue()).isEqualTo(6);
            assertThat(inspections.getCellAsNumber(4).orElseThrow().longValue()).isEqualTo(10);
        }
    }

    @Test
    void theReviewLeadsWithTheUnitsBehindWorstFirst() {
        UnitRef chauThanh = chauThanh();
        ReviewReport r = AsUser.call(AsUser.chair(), () -> reviews.report(units.readable(chauThanh), NINE_MONTHS_2019));
        assertThat(r.asOf()).isEqualTo(NINE_MONTHS_2019.end());
        assertThat(r.fields()).extracting(ReviewReport.FieldBlock::field).startsWith("plans", "dossiers");
        assertThat(r.laggards()).allSatisfy(l -> {
            assertThat(l.behind()).isNotEmpty().allMatch(vn.reformdesk.scorecard.Measure::behind);
            assertThat(l.unit().isWithin(chauThanh)).isTrue();
        });
        for (int i = 1; i < r.laggards().size(); i++) {
            assertThat(r.laggards().get(i - 1).score()).isGreaterThanOrEqualTo(r.laggards().get(i).score());
        }
        assertThat(r.movers()).allSatisfy(m -> assertThat(m.change()).isEqualTo(m.measure().actual() - m.measure().previous()));
    }

    @Test
    void theNationalSheetPutsEachPartsValueChangeAndRankUnderTheirOwnColumns() throws Exception {
        UnitRef province = AsUser.call(AsUser.chair(), () -> units.findByCode("89", Period.year(2019)).orElseThrow());
        ReviewReport report = AsUser.call(AsUser.chair(), () -> reviews.report(units.readable(province), Period.year(2019)));
        byte[] xlsx = AsUser.call(AsUser.chair(), () -> packs.workbook(units.readable(province), Period.year(2019), AppLocales.VIETNAMESE));
        List<vn.reformdesk.scorecard.Measure> parts = report.national().stream()
                .filter(m -> m.kind() != vn.reformdesk.scorecard.MeasureKind.RANK).toList();
        assertThat(parts).as("the demo province has parts of its national results").isNotEmpty();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheets().filter(s -> s.getName().equals("Chỉ số quốc gia")).findFirst().orElseThrow();
            List<Row> rows = sheet.read();
            Row header = rows.stream().filter(r -> "Chỉ số / chỉ số thành phần".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(List.of(header.getCellText(1), header.getCellText(2), header.getCellText(3), header.getCellText(4)))
                    .containsExactly("Kết quả", "Thay đổi", "Thứ hạng", "Thứ hạng năm trước");
            int ranked = 0;
            for (vn.reformdesk.scorecard.Measure m : parts) {
                String label = "– " + vn.reformdesk.scorecard.MeasureTexts.label(m, AppLocales.VIETNAMESE);
                Row row = rows.stream().filter(r -> label.equals(r.getCellText(0))).findFirst().orElseThrow(() -> new AssertionError(label));
                assertThat(row.getCellAsNumber(1).orElseThrow().doubleValue()).as(label).isEqualTo(m.actual());
                if (m.previous() != null) {
                    assertThat(row.getCellAsNumber(2).orElseThrow().doubleValue()).as(label)
                            .isCloseTo(m.actual() - m.previous(), org.assertj.core.data.Offset.offset(0.001));
                }
                if (m.labelArgs().size() > 1) {
                    ranked++;
                    assertThat(row.getCellAsNumber(3).orElseThrow().intValue()).as(label).isEqualTo(((Number) m.labelArgs().get(1)).intValue())
                            .isBetween(1, 63);
                } else {
                    assertThat(row.getCellText(3)).as(label).isEmpty();
                }
                assertThat(row.getCellText(4)).as("a part has no rank a year before in its line: " + label).isEmpty();
            }
            assertThat(ranked).as("parts with a published rank").isPositive();
        }
    }
}
