package vn.reformdesk.rankings;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformdesk.base.Period;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.units.LineageLink;
import vn.reformdesk.units.UnitLineageService;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;
import vn.reformdesk.units.UnitTier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's rankings across the reorganisation of 1 July 2025: new An Giang's 2025 commune ranking (made here,
 * rolled back) compares with old An Giang's published 2024 ranking through the lineage of each new commune.
 * Phường Bình Đức (30292) is old Phường Bình Đức (30289) merged whole: exact change of score and rank. Xã An Châu
 * (30589) is three old communes: change of score against their average, approximate, no rank change.
 */
@DatabaseTest
class RankingsAcrossReorganisationTest {

    private static final Locale VI = Locale.of("vi");
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

    @Autowired
    IndexService indexes;
    @Autowired
    RankingService rankings;
    @Autowired
    RankingRepository repo;
    @Autowired
    RoundStatuses statuses;
    @Autowired
    ScoringRoundService rounds;
    @Autowired
    UnitService units;
    @Autowired
    UnitLineageService lineage;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aNewCommuneIsComparedWithItsPredecessorsNotShownAsNew() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            UnitRef binhDuc = AsUser.call(AsUser.chair(), () -> units.resolve("30292", JULY_1).orElseThrow());
            UnitRef anChau = AsUser.call(AsUser.chair(), () -> units.resolve("30589", JULY_1).orElseThrow());
            UnitRef province = AsUser.call(AsUser.chair(), () -> units.startUnit(Period.year(2026)).orElseThrow());
            assertThat(province.code()).isEqualTo("91");
            List<UnitRef> binhDucBefore = AsUser.call(AsUser.chair(), () -> lineage.predecessors(binhDuc.id())).stream()
                    .map(LineageLink::unit).toList();
            List<UnitRef> anChauBefore = AsUser.call(AsUser.chair(), () -> lineage.predecessors(anChau.id())).stream()
                    .map(LineageLink::unit).toList();
            assertThat(binhDucBefore).singleElement().extracting(UnitRef::code).isEqualTo("30289");
            assertThat(anChauBefore).hasSize(3);

            // last year's published ranking of old An Giang's communes
            UnitRef oldAnGiang = AsUser.call(AsUser.chair(), () -> units.resolve("89", LocalDate.of(2024, 12, 31)).orElseThrow());
            IndexDef old2024 = repo.findIndex(oldAnGiang.id(), "PAR-HUYEN", 2024).orElseThrow();
            Map<Long, RankingService.RankingRow> before = AsUser.call(AsUser.chair(),
                    () -> rankings.ranking(old2024, UnitTier.COMMUNE, oldAnGiang)).rows().stream()
                    .collect(Collectors.toMap(r -> r.unit().id(), r -> r));
            assertThat(anChauBefore).allMatch(u -> before.containsKey(u.id()));

            IndexDef index = AsUser.call(AsUser.secretariat(), () -> {
                IndexDef d = indexes.define(province.id(), new IndexService.NewIndex("PAR-HUYEN", 2025, "Chỉ số CCHC cấp xã",
                        "Commune PAR index", Set.of(UnitTier.COMMUNE), Scale.PERCENT, List.of(
                        new Band("Tốt", "Good", new BigDecimal("80"), "green"), new Band("Yếu", "Weak", BigDecimal.ZERO, "red"))));
                indexes.defineCriteria(d.id(), List.of(
                        new IndexService.CriterionRow(2, "1", "Kết quả", "Results", new BigDecimal("100"), false),
                        new IndexService.CriterionRow(3, "1.1", "Kết quả CCHC", "PAR results", new BigDecimal("100"), false)));
                indexes.saveScores(d.id(), List.of(
                        new IndexService.ScoreRow(2, "30292", "1.1", new BigDecimal("95"), new BigDecimal("95"), null),
                        new IndexService.ScoreRow(3, "30589", "1.1", new BigDecimal("50"), new BigDecimal("50"), null)));
                statuses.of(indexes.get(d.id())).stream().filter(s -> s.status() == RoundStatus.NOT_STARTED)
                        .forEach(s -> rounds.leaveOut(d.id(), s.unit().id(), "Không chấm trong năm thử"));
                indexes.publish(d.id(), indexes.get(d.id()).version());
                return indexes.get(d.id());
            });

            // a leader of another unit reads the published ranking too: the predecessors' names are public
            RankingService.Ranking r = AsUser.call(AsUser.leaderOf(binhDuc), () -> rankings.ranking(index, UnitTier.COMMUNE, province));
            assertThat(r.comparedWithLastYear()).isTrue();
            RankingService.RankingRow bd = r.row(binhDuc.id()).orElseThrow();
            RankingService.RankingRow bdBefore = before.get(binhDucBefore.getFirst().id());
            assertThat(bd.change().isNew()).isFalse();
            assertThat(bd.change().approximate()).isFalse();
            assertThat(bd.change().predecessors()).extracting(UnitRef::code).containsExactly("30289");
            assertThat(bd.change().scoreChange()).isEqualByComparingTo(new BigDecimal("95.00").subtract(bdBefore.score()));
            assertThat(bd.change().rankChange()).isEqualTo(bdBefore.rank() - 1);

            RankingService.RankingRow ac = r.row(anChau.id()).orElseThrow();
            BigDecimal average = anChauBefore.stream().map(u -> before.get(u.id()).score()).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
            assertThat(ac.change().isNew()).isFalse();
            assertThat(ac.change().approximate()).isTrue();
            assertThat(ac.change().rankChange()).isNull();
            assertThat(ac.change().predecessors()).hasSize(3);
            assertThat(ac.change().scoreChange()).isEqualByComparingTo(new BigDecimal("50.00").subtract(average));

            // the trend goes back through the predecessors: exact for the whole merge, approximate for the three
            List<RankingService.TrendPoint> bdTrend = AsUser.call(AsUser.chair(), () -> rankings.trend(index, binhDuc));
            assertThat(bdTrend).extracting(RankingService.TrendPoint::year).contains(2016, 2024, 2025);
            RankingService.TrendPoint bd2024 = bdTrend.stream().filter(t -> t.year() == 2024).findFirst().orElseThrow();
            assertThat(bd2024.approximate()).isFalse();
            assertThat(bd2024.score()).isEqualByComparingTo(bdBefore.score());
            assertThat(bd2024.rank()).isEqualTo(bdBefore.rank());
            RankingService.TrendPoint ac2024 = AsUser.call(AsUser.chair(), () -> rankings.trend(index, anChau)).stream()
                    .filter(t -> t.year() == 2024).findFirst().orElseThrow();
            assertThat(ac2024.approximate()).isTrue();
            assertThat(ac2024.score()).isEqualByComparingTo(average);
        });
    }
}
