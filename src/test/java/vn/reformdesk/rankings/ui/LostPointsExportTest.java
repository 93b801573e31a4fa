package vn.reformdesk.rankings.ui;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.rankings.IndexDef;
import vn.reformdesk.rankings.IndexService;
import vn.reformdesk.rankings.RankingService;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A ranked unit's "where the points were lost" table read back from its Excel download against the ranking service. */
@DatabaseTest
class LostPointsExportTest {

    private static final Locale VI = AppLocales.VIETNAMESE;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IndexService indexes;
    @Autowired
    RankingService rankings;
    @Autowired
    UnitService units;
    @Autowired
    vn.reformdesk.rankings.ScoringRoundQueries rounds;

    @Test
    void theLostPointsWorkbookHoldsTheServicesFiguresUnderAHeaderOfUnitIndexAndAsOf() throws Exception {
        Map<String, Object> scored = jdbc.queryForMap("select s.index_id, s.unit_id from rk_score s join rk_index i on i.id = s.index_id"
                + " where s.appraised_points is not null order by i.year desc, s.index_id, s.unit_id limit 1");
        IndexDef index = AsUser.call(AsUser.chair(), () -> indexes.get(((Number) scored.get("index_id")).longValue()));
        UnitRef unit = AsUser.call(AsUser.chair(), () -> units.get(((Number) scored.get("unit_id")).longValue()));
        List<RankingService.LostPoints> lost = AsUser.call(AsUser.chair(), () -> rankings.lostPoints(index, units.readable(unit)));
        assertThat(lost).isNotEmpty();
        LocalDate asOf = LocalDate.of(index.year(), 12, 31);
        byte[] xlsx = AsUser.call(AsUser.chair(), () -> TableWorkbook.write(List.of(LostPointsExport.lostPoints(rankings, index, units.readable(unit), asOf, VI))));

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).contains(UnitNames.name(unit, VI)).contains(unit.code())
                    .contains(index.name(VI)).contains(String.valueOf(index.year()));
            assertThat(rows.get(1).getCellText(0)).contains("31/12/" + index.year());
            assertThat(rows.get(2).getCellText(0)).isEqualTo(AppI18NProvider.text("rankings.col.criterion", VI));
            List<Row> data = rows.subList(3, rows.size());
            assertThat(data).hasSize(lost.size());
            for (int i = 0; i < lost.size(); i++) {
                RankingService.LostPoints l = lost.get(i);
                Row r = data.get(i);
                assertThat(r.getCellText(0)).isEqualTo(l.criterion().code());
                assertThat(r.getCellText(1)).startsWith(l.criterion().name(VI));
                assertThat(r.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo(l.points());
                assertThat(r.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo(l.criterion().max());
                assertThat(r.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo(l.lostVsMax());
                if (l.best() == null) {
                    assertThat(r.getCellText(6)).isEmpty();
                } else {
                    assertThat(r.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo(l.best());
                }
            }
            BigDecimal total = data.stream().map(r -> r.getCellAsNumber(5).orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(total).isEqualByComparingTo(lost.stream().map(RankingService.LostPoints::lostVsMax).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    @Test
    void theScoringBoardWorkbookHoldsEveryRankedUnitsProgressAsTheServiceGivesIt() throws Exception {
        long indexId = jdbc.queryForObject("select id from rk_index order by year desc, id limit 1", Long.class);
        IndexDef index = AsUser.call(AsUser.chair(), () -> indexes.get(indexId));
        UnitRef province = AsUser.call(AsUser.chair(), () -> rankings.province(index));
        List<vn.reformdesk.rankings.RoundProgress> board = AsUser.call(AsUser.chair(), () -> rounds.board(index));
        assertThat(board).isNotEmpty();
        LocalDate asOf = LocalDate.of(2026, 11, 30);
        byte[] xlsx = AsUser.call(AsUser.chair(), () -> TableWorkbook.write(List.of(RoundBoardExport.board(board, index, province, asOf, VI))));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).contains(UnitNames.name(province, VI)).contains(index.name(VI))
                    .contains(String.valueOf(index.year()));
            assertThat(rows.get(1).getCellText(0)).contains("30/11/2026");
            List<Row> data = rows.subList(3, rows.size());
            assertThat(data).hasSize(board.size());
            for (int i = 0; i < board.size(); i++) {
                var p = board.get(i);
                Row r = data.get(i);
                assertThat(r.getCellText(0)).isEqualTo(p.unit().code());
                assertThat(r.getCellText(2)).isEqualTo(AppI18NProvider.text("rankings.round.status." + p.status().name(), VI));
                assertThat(r.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(p.scored()));
                assertThat(r.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(p.leaves()));
                assertThat(r.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(p.withoutEvidence()));
                assertThat(r.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(p.appraised()));
            }
        }
    }

    @Test
    void theNationalResultsWorkbookHoldsEveryPublishedResultAsTheServiceGivesIt() throws Exception {
        UnitRef province = AsUser.call(AsUser.chair(), () -> units.findByCode("89", vn.reformdesk.base.Period.year(2024)).orElseThrow());
        List<vn.reformdesk.rankings.NationalResult> results = AsUser.call(AsUser.chair(), () -> rankings.national(province.id()));
        assertThat(results).isNotEmpty();
        LocalDate asOf = LocalDate.of(2026, 11, 30);
        byte[] xlsx = TableWorkbook.write(List.of(NationalResultsExport.results(results, province, asOf, VI)));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).contains(UnitNames.name(province, VI)).contains("89");
            assertThat(rows.get(1).getCellText(0)).contains("30/11/2026");
            List<Row> data = rows.subList(3, rows.size());
            assertThat(data).hasSize(results.size());
            for (vn.reformdesk.rankings.NationalResult r : results) {
                String kind = AppI18NProvider.text("rankings.national.series." + r.kind().name(), VI);
                Row row = data.stream().filter(x -> x.getCellAsNumber(0).orElseThrow().intValue() == r.year() && x.getCellText(1).equals(kind))
                        .findFirst().orElseThrow(() -> new AssertionError("no row for " + r));
                assertThat(row.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo(r.value());
                assertThat(row.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo(r.scaleMax());
                assertThat(row.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo(r.percentOfScale());
                if (r.rank() == null) {
                    assertThat(row.getCellText(5)).isEmpty();
                } else {
                    assertThat(row.getCellAsNumber(5).orElseThrow().intValue()).isEqualTo(r.rank());
                }
            }
        }
    }
}
