package vn.reformdesk.rankings;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.RowError;
import vn.reformdesk.scorecard.Measure;
import vn.reformdesk.scorecard.MeasureKind;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.support.TestWorkbooks;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The province's national results with their parts: import (Excel and CSV, all or nothing, rows named), the
 * rules between a total and its parts, the change per part since the year before, and the review's lines.
 */
@DatabaseTest
class NationalResultsTest {

    private static final Locale VI = Locale.of("vi");
    private static final Locale EN = Locale.ENGLISH;
    private static final Object[] HEADER = {"Chỉ số", "Năm", "Phần", "Giá trị", "Thang điểm", "Hạng", "Số tỉnh"};

    @Autowired
    NationalResultService national;
    @Autowired
    RankingService rankings;
    @Autowired
    RankingScorecard scorecard;
    @Autowired
    TestUnits testUnits;

    /** PAPI 2017 (6 dimensions, of 60) and 2018 (8 dimensions, of 80), as a province publishes them. */
    private static Object[][] papi() {
        return new Object[][]{HEADER,
                {"PAPI", 2017, null, 36.80, null, 19, 63},
                {"PAPI", 2017, 1, 5.10, null, 30, null}, {"PAPI", 2017, 2, 5.40, null, 25, null}, {"PAPI", 2017, 3, 5.25, null, null, null},
                {"PAPI", 2017, 4, 6.55, null, null, null}, {"PAPI", 2017, 5, 7.30, null, null, null}, {"PAPI", 2017, 6, 7.20, null, null, null},
                {"PAPI", 2018, null, 43.52, 80, 17, 63},
                {"PAPI", 2018, 1, 5.31, 10, 22, null}, {"PAPI", 2018, 2, 5.22, null, 28, null}, {"PAPI", 2018, 3, 5.30, null, null, null},
                {"PAPI", 2018, 4, 6.70, null, null, null}, {"PAPI", 2018, 5, 7.41, null, null, null}, {"PAPI", 2018, 6, 7.18, null, null, null},
                {"PAPI", 2018, 7, 3.30, null, null, null}, {"PAPI", 2018, 8, 3.10, null, null, null}};
    }

    @Test
    void partsAreImportedWithTheirChangeSinceTheYearBefore() {
        TestUnits.Tree t = testUnits.province(1, 0, 0);
        long province = t.province().id();
        int written = AsUser.call(AsUser.secretariat(), () -> national.importFile(province, TestWorkbooks.xlsx("national", papi())));
        assertThat(written).isEqualTo(16);
        List<NationalPartRow> rows = AsUser.call(AsUser.leaderOf(t.district(0)), () -> national.parts(province));
        assertThat(rows).hasSize(14);
        NationalPartRow participation2018 = rows.stream().filter(r -> r.part().year() == 2018 && r.part().code().equals("1")).findFirst().orElseThrow();
        assertThat(participation2018.part().max()).isEqualByComparingTo("10");
        assertThat(participation2018.change()).isEqualByComparingTo("0.21");
        assertThat(participation2018.rankChange()).isEqualTo(8);
        NationalPartRow transparency2018 = rows.stream().filter(r -> r.part().year() == 2018 && r.part().code().equals("2")).findFirst().orElseThrow();
        assertThat(transparency2018.change()).isEqualByComparingTo("-0.18");
        assertThat(transparency2018.rankChange()).isEqualTo(-3);
        // e-governance is measured since 2018 only: it has no year before, which is not a change from zero
        NationalPartRow egov = rows.stream().filter(r -> r.part().year() == 2018 && r.part().code().equals("8")).findFirst().orElseThrow();
        assertThat(egov.previous()).isNull();
        assertThat(egov.change()).isNull();
        assertThat(AsUser.call(AsUser.chair(), () -> rankings.national(province))).extracting(NationalResult::scaleMax)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("60"), new BigDecimal("80"));

        // the review of the province lists each part after its total, with the change since the year before
        List<Measure> measures = AsUser.call(AsUser.chair(), () -> scorecard.measures(t.province(), Period.year(2018)));
        Measure egovMeasure = measures.stream().filter(m -> m.id().equals("rankings.national.PAPI.part.8")).findFirst().orElseThrow();
        assertThat(egovMeasure.kind()).isEqualTo(MeasureKind.POINTS);
        assertThat(egovMeasure.actual()).isCloseTo(3.10, within(0.001));
        assertThat(egovMeasure.previous()).isNull();
        Measure first = measures.stream().filter(m -> m.id().equals("rankings.national.PAPI.part.1")).findFirst().orElseThrow();
        assertThat(vn.reformdesk.review.ReviewTexts.nationalLine(first, VI))
                .isEqualTo("– PAPI 2018 · 1. Tham gia của người dân ở cấp cơ sở: 5,31 (so với năm trước: +0,21)");
        assertThat(vn.reformdesk.review.ReviewTexts.nationalLine(first, EN))
                .isEqualTo("– PAPI 2018 · 1. Participation at local levels: 5.31 (since the year before: +0.21)");
        List<String> ids = measures.stream().map(Measure::id).filter(id -> id.startsWith("rankings.national.PAPI")).toList();
        assertThat(ids.getFirst()).isEqualTo("rankings.national.PAPI");
        assertThat(ids).hasSize(9);
    }

    @Test
    void aCsvWithSemicolonsAndDecimalCommasIsReadAndTheWeightedMeansChecked() {
        TestUnits.Tree t = testUnits.province(1, 0, 0);
        long province = t.province().id();
        String csv = "\uFEFFChỉ số;Năm;Phần;Giá trị;Thang điểm;Hạng;Số tỉnh\n"
                + "PAR INDEX;2023;;86,21;;21;63\n"
                + "PAR INDEX;2023;1;93,10;;;\nPAR INDEX;2023;2;87,40;;;\nPAR INDEX;2023;3;90,05;;;\nPAR INDEX;2023;4;91,20;;;\n"
                + "PAR INDEX;2023;5;80,15;;;\nPAR INDEX;2023;6;84,60;;;\nPAR INDEX;2023;7;72,35;;;\nPAR INDEX;2023;8;79,80;;;\n"
                + "766;2024;;84,15;;19;63\n766;2024;1;16,20;;;\n766;2024;2;17,10;;;\n766;2024;3;16,85;;;\n766;2024;4;18,40;;;\n766;2024;5;15,60;;;\n";
        int written = AsUser.call(AsUser.secretariat(), () -> national.importFile(province, csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(written).isEqualTo(15);
        List<NationalPartRow> rows = AsUser.call(AsUser.chair(), () -> national.parts(province));
        assertThat(rows).extracting(r -> r.part().kind()).containsOnly(NationalResult.Kind.PAR_INDEX, NationalResult.Kind.SERVICE_766);
        assertThat(rows.stream().filter(r -> r.part().kind() == NationalResult.Kind.SERVICE_766).map(r -> r.part().max()).toList())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("18"), new BigDecimal("20"), new BigDecimal("22"), new BigDecimal("22"), new BigDecimal("18"));

        // a PAR INDEX total above every one of its components cannot be their weighted mean
        String wrongTotal = "Chỉ số,Năm,Phần,Giá trị\nPAR INDEX,2023,,95.5\n";
        ImportRejectedException e = AsUser.call(AsUser.secretariat(), () -> catchRejected(
                () -> national.importFile(province, wrongTotal.getBytes(StandardCharsets.UTF_8))));
        assertThat(e.errors()).hasSize(1);
        assertThat(e.errors().getFirst().line()).isEqualTo(2);
        assertThat(e.errors().getFirst().message(VI)).contains("PAR INDEX năm 2023", "95.5", "72.35", "93.10");
        assertThat(AsUser.call(AsUser.chair(), () -> rankings.national(province)).stream()
                .filter(r -> r.kind() == NationalResult.Kind.PAR_INDEX).findFirst().orElseThrow().value()).isEqualByComparingTo("86.21");
    }

    @Test
    void aFileWithBadRowsWritesNothingAndNamesEachRowInTheUsersLanguage() {
        TestUnits.Tree t = testUnits.province(1, 0, 0);
        long province = t.province().id();
        byte[] bad = TestWorkbooks.xlsx("bad", new Object[][]{HEADER,
                {"PAPI", 2016, null, 36.21, null, 20, 63},          // 2: fine
                {"PAPI", 2016, 7, 3.10, null, null, null},          // 3: no environmental governance before 2018
                {"PAPI", 2016, 1, 11, null, null, null},            // 4: a dimension is out of 10
                {"766", 2024, null, 84.15, null, 19, 63},           // 5: fine
                {"766", 2024, 3, 18, 20, null, null},               // 6: online service is out of 22, not 20
                {"SIPAS", 2024, 2, 83.0, null, null, null},         // 7: a part without its total
                {"PAPI", 2019, null, 44.08, 60, 15, 63},            // 8: PAPI 2019 is out of 80
                {"Chỉ số ABC", 2019, null, 50, null, null, null},   // 9: unknown index
                {"PAPI", 2016, 1, 5.0, null, null, null},           // 10: fine (first dimension 1)
                {"PAPI", 2016, 1, 5.1, null, null, null},           // 11: the same part twice
                {"PAPI", 2016, 2, 5.0, null, 70, null}});           // 12: rank above the 63 provinces
        ImportRejectedException e = AsUser.call(AsUser.secretariat(), () -> catchRejected(() -> national.importFile(province, bad)));
        assertThat(e.errors()).as(e.errors().toString()).extracting(RowError::line).containsExactly(3, 4, 6, 7, 8, 9, 11, 12);
        assertThat(e.errors().get(0).message(VI)).contains("PAPI năm 2016", "“7”", "1, 2, 3, 4, 5, 6");
        assertThat(e.errors().get(0).message(EN)).contains("PAPI 2016 has no part “7”");
        assertThat(e.errors().get(2).message(VI)).contains("22", "20");
        assertThat(e.errors().get(3).message(EN)).contains("no total of SIPAS 2024");
        assertThat(e.errors().get(4).message()).contains("2019", "80");
        assertThat(e.errors().get(6).message(EN)).contains("line 10");
        // all or nothing: the fine rows were not written either
        assertThat(AsUser.call(AsUser.chair(), () -> rankings.national(province))).isEmpty();
        assertThat(AsUser.call(AsUser.chair(), () -> national.parts(province))).isEmpty();

        // PAPI's dimensions must add up to its total once all of them are known
        byte[] sum = TestWorkbooks.xlsx("sum", new Object[][]{HEADER,
                {"PAPI", 2016, null, 36.21, null, 20, 63},
                {"PAPI", 2016, 1, 5.0, null, null, null}, {"PAPI", 2016, 2, 5.3, null, null, null}, {"PAPI", 2016, 3, 5.2, null, null, null},
                {"PAPI", 2016, 4, 6.5, null, null, null}, {"PAPI", 2016, 5, 7.3, null, null, null}, {"PAPI", 2016, 6, 7.9, null, null, null}});
        ImportRejectedException s = AsUser.call(AsUser.secretariat(), () -> catchRejected(() -> national.importFile(province, sum)));
        assertThat(s.errors()).hasSize(1);
        assertThat(s.errors().getFirst().message(VI)).contains("PAPI năm 2016 cộng lại được 37.2", "tổng là 36.21");
        // with a part still missing the rule waits: five dimensions are stored, the sixth comes later
        int five = AsUser.call(AsUser.secretariat(), () -> national.importFile(province, TestWorkbooks.xlsx("five", new Object[][]{HEADER,
                {"PAPI", 2016, null, 36.21, null, 20, 63},
                {"PAPI", 2016, 1, 5.0, null, null, null}, {"PAPI", 2016, 2, 5.3, null, null, null}, {"PAPI", 2016, 3, 5.2, null, null, null},
                {"PAPI", 2016, 4, 6.5, null, null, null}, {"PAPI", 2016, 5, 7.3, null, null, null}})));
        assertThat(five).isEqualTo(6);
        // ... and is checked against the stored ones when the last arrives
        ImportRejectedException late = AsUser.call(AsUser.secretariat(), () -> catchRejected(() -> national.importFile(province,
                TestWorkbooks.xlsx("sixth", new Object[][]{HEADER, {"PAPI", 2016, 6, 9.0, null, null, null}}))));
        assertThat(late.errors().getFirst().message(VI)).contains("cộng lại được 38.3");
        assertThat(AsUser.call(AsUser.secretariat(), () -> national.importFile(province,
                TestWorkbooks.xlsx("sixth", new Object[][]{HEADER, {"PAPI", 2016, 6, 6.91, null, null, null}})))).isEqualTo(1);

        // not an Excel or CSV file; and a leader may not import
        ImportRejectedException notAFile = AsUser.call(AsUser.secretariat(), () -> catchRejected(() -> national.importFile(province,
                new byte[]{(byte) 0xff, (byte) 0xfe, 0, 1, 2})));
        assertThat(notAFile.errors().getFirst().message(VI)).contains("Không đọc được tệp");
        assertThatThrownBy(() -> AsUser.call(AsUser.leaderOf(t.district(0)), () -> national.importFile(province, bad)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDemoPartsAgreeWithTheirTotals() {
        for (Object[] n : RankingsDemoData.NATIONAL) {
            NationalResult total = new NationalResult(NationalResult.Kind.valueOf((String) n[0]), (Integer) n[1],
                    new BigDecimal((String) n[2]), new BigDecimal((String) n[3]), (Integer) n[4], 63);
            List<NationalPart> parts = RankingsDemoData.demoParts(total);
            assertThat(parts).hasSize(NationalParts.codes(total.kind(), total.year()).size());
            assertThat(NationalResultService.consistency(0, "", total, parts)).as(total.kind() + " " + total.year()).isNull();
            assertThat(parts).allSatisfy(p -> assertThat(p.value()).isBetween(BigDecimal.ZERO, p.max()));
        }
    }

    private static ImportRejectedException catchRejected(Runnable r) {
        try {
            r.run();
        } catch (ImportRejectedException e) {
            return e;
        }
        throw new AssertionError("the import was not refused");
    }
}
