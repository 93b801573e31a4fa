package vn.reformdesk.rankings.ui;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.rankings.Band;
import vn.reformdesk.rankings.CriteriaTree;
import vn.reformdesk.rankings.Criterion;
import vn.reformdesk.rankings.IndexDef;
import vn.reformdesk.rankings.IndexService;
import vn.reformdesk.rankings.NationalPartRow;
import vn.reformdesk.rankings.NationalResultService;
import vn.reformdesk.rankings.RoundEntry;
import vn.reformdesk.rankings.RoundStatus;
import vn.reformdesk.rankings.RoundStep;
import vn.reformdesk.rankings.Scale;
import vn.reformdesk.rankings.ScoringRoundQueries;
import vn.reformdesk.rankings.ScoringRoundService;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.Roles;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestClock;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;
import vn.reformdesk.units.UnitTier;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rankings pages' tables that had no download: the national results' parts, a unit's scoring sheet with its
 * history, and the index definitions with their criteria trees; each workbook read back against the services.
 */
@DatabaseTest
class RankingPagesExportTest {

    private static final Locale VI = AppLocales.VIETNAMESE;

    @Autowired
    UnitService units;
    @Autowired
    NationalResultService national;
    @Autowired
    IndexService indexes;
    @Autowired
    ScoringRoundService rounds;
    @Autowired
    ScoringRoundQueries queries;
    @Autowired
    TestUnits testUnits;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theNationalPartsWorkbookHoldsEveryPartOfEveryYearWithItsChangeAndRank() throws Exception {
        UnitRef province = AsUser.call(AsUser.chair(), () -> units.findByCode("89", Period.year(2024)).orElseThrow());
        List<NationalPartRow> parts = AsUser.call(AsUser.chair(), () -> national.parts(province.id()));
        assertThat(parts).isNotEmpty();
        byte[] xlsx = TableWorkbook.write(List.of(NationalResultsExport.parts(parts, province, LocalDate.of(2026, 11, 30), VI)));
        List<Row> rows = first(xlsx);
        assertThat(rows.get(0).getCellText(0)).contains(UnitNames.name(province, VI)).contains("89");
        assertThat(rows.get(1).getCellText(0)).contains("30/11/2026");
        assertThat(rows.get(2).getCellText(3)).isEqualTo(AppI18NProvider.text("rankings.national.parts.col.part", VI));
        List<Row> data = rows.subList(3, rows.size());
        assertThat(data).hasSize(parts.size());
        // newest year first, as the page opens on it
        assertThat(data.getFirst().getCellAsNumber(0).orElseThrow().intValue())
                .isEqualTo(parts.stream().mapToInt(p -> p.part().year()).max().orElseThrow());
        for (NationalPartRow p : parts) {
            String kind = AppI18NProvider.text("rankings.national.series." + p.part().kind().name(), VI);
            Row row = data.stream().filter(r -> r.getCellAsNumber(0).orElseThrow().intValue() == p.part().year()
                            && r.getCellText(1).equals(kind) && r.getCellText(2).equals(p.part().code())).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + p));
            assertThat(row.getCellText(3)).isEqualTo(AppI18NProvider.text(p.part().nameKey(), VI));
            assertThat(row.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo(p.part().value());
            assertThat(row.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo(p.part().max());
            if (p.change() == null) {
                assertThat(row.getCellText(6)).isEmpty();
            } else {
                assertThat(row.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo(p.change());
            }
            if (p.part().rank() == null) {
                assertThat(row.getCellText(7)).isEmpty();
            } else {
                assertThat(row.getCellAsNumber(7).orElseThrow().intValue()).isEqualTo(p.part().rank());
            }
            if (p.rankChange() == null) {
                assertThat(row.getCellText(8)).isEmpty();
            } else {
                assertThat(row.getCellAsNumber(8).orElseThrow().intValue()).isEqualTo(p.rankChange());
            }
        }
    }

    @Test
    void theScoringSheetWorkbookHoldsEveryEntryAndEveryStepOfTheHistory() throws Exception {
        TestUnits.Tree t = testUnits.province(1, 0, 0);
        UnitRef district = t.district(0);
        IndexDef index = AsUser.call(AsUser.secretariat(), () -> {
            IndexDef i = indexes.define(t.province().id(), new IndexService.NewIndex("PAR-X", 2025, "Chỉ số CCHC cấp huyện", null,
                    Set.of(UnitTier.DISTRICT), Scale.POINTS, List.of(new Band("Tốt", "Good", new BigDecimal("6"), "green"),
                    new Band("Yếu", "Weak", BigDecimal.ZERO, "red"))));
            indexes.defineCriteria(i.id(), List.of(
                    new IndexService.CriterionRow(2, "1", "Công tác chỉ đạo, điều hành", null, new BigDecimal("7"), false),
                    new IndexService.CriterionRow(3, "1.1", "Ban hành kế hoạch cải cách hành chính", null, new BigDecimal("4"), false),
                    new IndexService.CriterionRow(4, "1.2", "Báo cáo cải cách hành chính định kỳ", null, new BigDecimal("3"), false)));
            rounds.open(i.id(), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 20));
            return indexes.get(i.id());
        });
        long c11 = AsUser.call(AsUser.chair(), () -> indexes.tree(index.id()).byCode("1.1").orElseThrow().id());
        long c12 = AsUser.call(AsUser.chair(), () -> indexes.tree(index.id()).byCode("1.2").orElseThrow().id());
        clock.setToday(LocalDate.of(2026, 1, 10));
        AsUser.run(AsUser.leaderOf(district), () -> {
            rounds.saveSelf(index.id(), district.id(), c11, new BigDecimal("4"), "Kế hoạch số 12/KH-UBND ngày 10/01/2025");
            rounds.saveSelf(index.id(), district.id(), c12, new BigDecimal("3"), "Đủ 4 báo cáo quý");
            rounds.submit(index.id(), district.id());
        });
        clock.setToday(LocalDate.of(2026, 2, 2));
        CurrentUser appraiser = AsUser.user(Roles.APPRAISER, null);
        AsUser.run(appraiser, () -> {
            rounds.appraise(index.id(), district.id(), c11, null, null);
            rounds.appraise(index.id(), district.id(), c12, new BigDecimal("1.5"), "Thiếu báo cáo quý IV");
        });

        List<RoundEntry> entries = AsUser.call(AsUser.leaderOf(district), () -> queries.sheet(index, units.readable(district)));
        List<RoundStep> history = AsUser.call(AsUser.leaderOf(district), () -> queries.history(index, units.readable(district)));
        RoundStatus status = AsUser.call(AsUser.leaderOf(district), () -> queries.status(index, units.readable(district)));
        byte[] xlsx = TableWorkbook.write(RoundSheetExport.sheet(entries, history, status, index, district, LocalDate.of(2026, 2, 2), VI));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).hasSize(2);
            List<Row> rows = sheets.get(0).read();
            assertThat(rows.get(0).getCellText(0)).contains(UnitNames.name(district, VI)).contains(district.code()).contains("2025");
            assertThat(rows.get(1).getCellText(0)).contains("02/02/2026");
            assertThat(rows.get(2).getCellText(0)).contains(AppI18NProvider.text("rankings.round.status." + status.name(), VI));
            List<Row> data = rows.subList(4, rows.size());
            assertThat(data).hasSize(entries.size()).hasSize(2);
            for (int i = 0; i < entries.size(); i++) {
                RoundEntry e = entries.get(i);
                Row r = data.get(i);
                assertThat(r.getCellText(0)).isEqualTo(e.criterion().code());
                assertThat(r.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo(e.criterion().max());
                assertThat(r.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo(e.self());
                assertThat(r.getCellText(5)).isEqualTo(e.explanation());
                assertThat(r.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo(e.appraised());
            }
            assertThat(data.get(1).getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("1.5");
            assertThat(data.get(1).getCellText(8)).contains("Thiếu báo cáo quý IV");
            assertThat(data.get(0).getCellText(8)).isEqualTo(AppI18NProvider.text("rankings.sheet.excel.accepted", VI));

            List<Row> steps = sheets.get(1).read();
            List<Row> stepData = steps.subList(4, steps.size());
            assertThat(stepData).hasSize(history.size());
            assertThat(history).hasSizeGreaterThanOrEqualTo(5);
            for (int i = 0; i < history.size(); i++) {
                RoundStep s = history.get(i);
                assertThat(stepData.get(i).getCellText(1)).isEqualTo(s.by());
                assertThat(stepData.get(i).getCellText(3)).isEqualTo(AppI18NProvider.text("rankings.round.step." + s.step(), VI));
                if (s.points() != null) {
                    assertThat(stepData.get(i).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo(s.points());
                }
            }
        }
    }

    @Test
    void theDefinitionsWorkbookListsTheYearsIndexesAndEachCriteriaTreeWithItsLevelsAndMaxima() throws Exception {
        UnitRef province = AsUser.call(AsUser.chair(), () -> units.findByCode("89", Period.year(2024)).orElseThrow());
        List<IndexDef> all = AsUser.call(AsUser.secretariat(), () -> indexes.indexes(province.id(), 2024));
        assertThat(all).isNotEmpty();
        Map<Long, CriteriaTree> trees = new HashMap<>();
        AsUser.run(AsUser.secretariat(), () -> all.forEach(i -> trees.put(i.id(), indexes.tree(i.id()))));
        byte[] xlsx = TableWorkbook.write(IndexDefinitionExport.definitions(all, trees, province, 2024, LocalDate.of(2026, 11, 30), VI));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).hasSize(1 + all.size());
            List<Row> list = sheets.getFirst().read();
            assertThat(list.get(0).getCellText(0)).contains(UnitNames.name(province, VI)).contains("2024");
            assertThat(list.get(1).getCellText(0)).contains("30/11/2026");
            List<Row> indexRows = list.subList(3, list.size());
            assertThat(indexRows).extracting(r -> r.getCellText(0)).containsExactlyElementsOf(all.stream().map(IndexDef::code).toList());
            for (int i = 0; i < all.size(); i++) {
                IndexDef index = all.get(i);
                CriteriaTree tree = trees.get(index.id());
                assertThat(indexRows.get(i).getCellAsNumber(5).orElseThrow()).isEqualByComparingTo(tree.maxTotal());
                List<Row> rows = sheets.get(1 + i).read();
                assertThat(rows.get(0).getCellText(0)).contains(index.name(VI)).contains("2024");
                List<Row> criteria = rows.subList(3, rows.size());
                assertThat(criteria).hasSize(tree.all().size());
                BigDecimal areas = BigDecimal.ZERO;
                for (int c = 0; c < tree.all().size(); c++) {
                    Criterion want = tree.all().get(c);
                    Row got = criteria.get(c);
                    assertThat(got.getCellText(0)).isEqualTo(want.code());
                    assertThat(got.getCellText(1)).isEqualTo(want.name(VI));
                    assertThat(got.getCellAsNumber(2).orElseThrow().intValue()).isEqualTo(IndexDefinitionExport.level(tree, want));
                    assertThat(got.getCellText(3)).isEqualTo(want.parentId() == null ? "" : tree.get(want.parentId()).code());
                    assertThat(got.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo(want.max());
                    if (got.getCellAsNumber(2).orElseThrow().intValue() == 1) {
                        areas = areas.add(got.getCellAsNumber(4).orElseThrow());
                    }
                }
                // the areas' maxima add up to the index's maximum, as the page's title says
                assertThat(areas).isEqualByComparingTo(tree.maxTotal());
            }
        }
    }

    private static List<Row> first(byte[] xlsx) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.getFirstSheet().read();
        }
    }
}
