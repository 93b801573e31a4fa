package vn.reformdesk.rankings;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.base.RowError;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitAdminService;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitTier;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hand-worked case. Index max 20 points, scale PERCENT:
 * area 1 (max 10) = 1.1 (6) + 1.2 (4); area 2 (max 10) = 2.1 (10) = 2.1.1 (5, assessed) + 2.1.2 (5, survey).
 * 2024: D1 = 5.5 + 4 + 4.5 + 4 = 18 → 90.00% Tốt; D2 = 5 + 3 + 4 + 4 = 16 → 80.00% Khá;
 * D3 = 4 + 4 + 5 + 3 = 16 → 80.00% Khá. Ranks 1, 2, 2.
 */
@DatabaseTest
class RankingServiceTest {

    private static final Locale VI = Locale.of("vi");
    private static final List<Band> BANDS = List.of(
            new Band("Tốt", "Good", new BigDecimal("90"), "green"),
            new Band("Khá", "Fair", new BigDecimal("80"), "green"),
            new Band("Trung bình", "Average", new BigDecimal("65"), "amber"),
            new Band("Yếu", "Weak", BigDecimal.ZERO, "red"));

    @Autowired
    IndexService indexes;
    @Autowired
    RankingService rankings;
    @Autowired
    vn.reformdesk.units.UnitService unitService;
    @Autowired
    RankingRepository repo;
    @Autowired
    TestUnits testUnits;
    @Autowired
    UnitAdminService unitAdmin;
    @Autowired
    RoundStatuses statuses;
    @Autowired
    ScoringRoundService rounds;
    @Autowired
    vn.reformdesk.support.TestClock clock;

    private IndexDef define(TestUnits.Tree t, int year) {
        return AsUser.call(AsUser.secretariat(), () -> {
            IndexDef index = indexes.define(t.province().id(), new IndexService.NewIndex("PAR-H", year, "Chỉ số CCHC cấp huyện",
                    "District PAR index", Set.of(UnitTier.DISTRICT, UnitTier.COMMUNE), Scale.PERCENT, BANDS));
            indexes.defineCriteria(index.id(), List.of(
                    new IndexService.CriterionRow(2, "1", "Công tác chỉ đạo, điều hành", "Direction", d("10"), false),
                    new IndexService.CriterionRow(3, "1.1", "Kế hoạch CCHC", "Reform plan", d("6"), false),
                    new IndexService.CriterionRow(4, "1.2", "Báo cáo CCHC", "Reports", d("4"), false),
                    new IndexService.CriterionRow(5, "2", "Cải cách TTHC", "Procedures", d("10"), false),
                    new IndexService.CriterionRow(6, "2.1", "Giải quyết TTHC", "Handling procedures", d("10"), false),
                    new IndexService.CriterionRow(7, "2.1.1", "Hồ sơ đúng hạn", "On time", d("5"), false),
                    new IndexService.CriterionRow(8, "2.1.2", "Hài lòng của người dân", "Satisfaction", d("5"), true)));
            return indexes.get(index.id());
        });
    }

    private static List<IndexService.ScoreRow> scores(UnitRef u, String s11, String a11, String a12, String s211, String a211, String v212) {
        return List.of(
                new IndexService.ScoreRow(2, u.code(), "1.1", d(s11), d(a11), null),
                new IndexService.ScoreRow(3, u.code(), "1.2", null, d(a12), null),
                new IndexService.ScoreRow(4, u.code(), "2.1.1", d(s211), d(a211), null),
                new IndexService.ScoreRow(5, u.code(), "2.1.2", null, null, d(v212)));
    }

    private void save(IndexDef index, List<IndexService.ScoreRow> rows) {
        AsUser.run(AsUser.secretariat(), () -> indexes.saveScores(index.id(), rows));
    }

    /** Publishes after leaving out, with a reason, the units that have no score at all (publication requires it). */
    private void publish(IndexDef index) {
        AsUser.run(AsUser.secretariat(), () -> {
            statuses.of(indexes.get(index.id())).stream().filter(s -> s.status() == RoundStatus.NOT_STARTED)
                    .forEach(s -> rounds.leaveOut(index.id(), s.unit().id(), "Không chấm trong năm thử"));
            indexes.publish(index.id(), indexes.get(index.id()).version());
        });
    }

    private IndexDef scored2024(TestUnits.Tree t) {
        IndexDef index = define(t, 2024);
        save(index, scores(t.district(0), "6", "5.5", "4", null, "4.5", "4"));
        save(index, scores(t.district(1), "5", "5", "3", "4", "4", "4"));
        save(index, scores(t.district(2), "4", "4", "4", "5", "5", "3"));
        return index;
    }

    @Test
    void totalsBandsAndRanksFollowTheTreeAndTiesShareARank() {
        TestUnits.Tree t = testUnits.province(3, 2, 1);
        IndexDef index = scored2024(t);
        RankingService.Ranking r = AsUser.call(AsUser.chair(), () -> rankings.ranking(index, UnitTier.DISTRICT, t.province()));

        assertThat(r.visible()).isTrue();
        assertThat(r.revision()).isZero();
        assertThat(r.areas()).extracting(Criterion::code).containsExactly("1", "2");
        assertThat(r.rows()).extracting(row -> row.unit().code())
                .containsExactly(t.district(0).code(), t.district(1).code(), t.district(2).code());
        assertThat(r.rows()).extracting(RankingService.RankingRow::rank).containsExactly(1, 2, 2);
        assertThat(r.rows()).extracting(RankingService.RankingRow::points).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("18"), d("16"), d("16"));
        assertThat(r.rows()).extracting(RankingService.RankingRow::score).containsExactly(d("90.00"), d("80.00"), d("80.00"));
        assertThat(r.rows()).extracting(row -> row.band().label()).containsExactly("Tốt", "Khá", "Khá");
        assertThat(r.rows().getFirst().areaPoints()).usingElementComparator(BigDecimal::compareTo).containsExactly(d("9.5"), d("8.5"));
        assertThat(r.rows()).allMatch(RankingService.RankingRow::drillDown);
        assertThat(r.comparedWithLastYear()).isFalse();
    }

    @Test
    void communesRankWithinTheirDistrictForTheDrillDown() {
        TestUnits.Tree t = testUnits.province(3, 2, 1);
        IndexDef index = scored2024(t);
        save(index, scores(t.commune(0, 0), "3", "3", "2", "3", "3", "2.5"));   // 10.5 → 52.50% Yếu
        save(index, scores(t.commune(0, 1), "6", "6", "4", "5", "5", "5"));     // 20 → 100.00% Tốt
        RankingService.Ranking r = AsUser.call(AsUser.chair(), () -> rankings.ranking(index, UnitTier.COMMUNE, t.district(0)));
        assertThat(r.rows()).extracting(row -> row.unit().code()).containsExactly(t.commune(0, 1).code(), t.commune(0, 0).code());
        assertThat(r.rows()).extracting(RankingService.RankingRow::score).containsExactly(d("100.00"), d("52.50"));
        assertThat(r.rows()).extracting(row -> row.band().labelEn()).containsExactly("Good", "Weak");
        assertThat(AsUser.call(AsUser.chair(), () -> rankings.tiersUnder(index, t.district(0)))).containsExactly(UnitTier.COMMUNE);
        assertThat(AsUser.call(AsUser.chair(), () -> rankings.tiersUnder(index, t.province())))
                .containsExactly(UnitTier.DISTRICT, UnitTier.COMMUNE);
    }

    @Test
    void aUnitNewAfterTheMergerShowsAsNewNotAsAJumpFromZero() {
        TestUnits.Tree t = testUnits.province(3, 0, 0);
        IndexDef y2024 = scored2024(t);
        publish(y2024);
        // the third district is replaced on 1 July 2025 by a new unit with the same code
        UnitRef old = t.district(2);
        UnitRef merged = AsUser.call(AsUser.admin(), () -> {
            unitAdmin.endValidity(old.id(), LocalDate.of(2025, 6, 30));
            return unitAdmin.create(new UnitAdminService.NewUnit(old.code(), "Huyện mới sau sáp nhập", null, UnitTier.DISTRICT, "HUYEN",
                    t.province().id(), LocalDate.of(2025, 7, 1), null));
        });
        IndexDef y2025 = AsUser.call(AsUser.secretariat(), () -> indexes.copyToYear(y2024.id(), 2025));
        assertThat(AsUser.call(AsUser.chair(), () -> indexes.tree(y2025.id()).all())).hasSize(7);
        save(y2025, scores(t.district(0), "4", "4", "4", "5", "5", "3"));       // 16 → 80%
        save(y2025, scores(t.district(1), "6", "6", "4", "5", "5", "5"));       // 20 → 100%
        // the file names the code; in 2025 both the old and the new unit carry it: the new one (valid from July) is scored
        AsUser.run(AsUser.secretariat(), () -> repo.scores(y2025.id(), 0));
        List<IndexService.ScoreRow> rows = new ArrayList<>();
        for (IndexService.ScoreRow row : scores(merged, "6", "5.5", "4", null, "4.5", "4")) {
            rows.add(row);
        }
        rows.forEach(row -> repo.upsertScore(y2025.id(), 0, new RankingRepository.ScoreRecord(merged.id(),
                AsUser.call(AsUser.chair(), () -> indexes.tree(y2025.id()).byCode(row.criterionCode()).orElseThrow().id()),
                row.self(), row.appraised(), row.survey())));

        RankingService.Ranking r = AsUser.call(AsUser.chair(), () -> rankings.ranking(y2025, UnitTier.DISTRICT, t.province()));
        assertThat(r.comparedWithLastYear()).isTrue();
        assertThat(r.rows()).extracting(row -> row.unit().id()).containsExactly(t.district(1).id(), merged.id(), t.district(0).id());
        assertThat(r.rows().get(0).change()).isEqualTo(new RankingService.Change(false, 1, d("20.00")));
        assertThat(r.rows().get(1).change()).isEqualTo(RankingService.Change.NEW);
        assertThat(r.rows().get(2).change()).isEqualTo(new RankingService.Change(false, -2, d("-10.00")));
    }

    @Test
    void aUnitSeesItsAreasAgainstTheAverageAndTheBestAndWhereItLostPoints() {
        TestUnits.Tree t = testUnits.province(3, 0, 0);
        IndexDef index = scored2024(t);
        publish(index);
        UnitRef d2 = t.district(1);
        var areas = AsUser.call(AsUser.leaderOf(d2), () -> rankings.areas(indexes.get(index.id()), d2));
        assertThat(areas).extracting(RankingService.AreaComparison::points).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("8"), d("8"));
        assertThat(areas).extracting(RankingService.AreaComparison::average).containsExactly(d("8.50"), d("8.17"));
        assertThat(areas).extracting(RankingService.AreaComparison::best).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("9.5"), d("8.5"));

        // the committee compares criterion by criterion with the best unit (D1)
        var lost = AsUser.call(AsUser.chair(), () -> rankings.lostPoints(indexes.get(index.id()), unitService.readable(d2)));
        assertThat(lost).extracting(l -> l.criterion().code()).containsExactly("1.2", "1.1", "2.1.1", "2.1.2");
        assertThat(lost).extracting(RankingService.LostPoints::lostVsMax).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("1"), d("1"), d("1"), d("1"));
        assertThat(lost).extracting(RankingService.LostPoints::lostVsBest).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("1"), d("0.5"), d("0.5"), d("0"));
        assertThat(lost.getFirst().area().code()).isEqualTo("1");

        // D2's leader sees D2's own criteria, but not D1's: no per-criterion best figures, and an order that does not betray them
        var own = AsUser.call(AsUser.leaderOf(d2), () -> rankings.lostPoints(indexes.get(index.id()), unitService.readable(d2)));
        assertThat(own).extracting(l -> l.criterion().code()).containsExactly("1.1", "1.2", "2.1.1", "2.1.2");
        assertThat(own).extracting(RankingService.LostPoints::lostVsMax).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("1"), d("1"), d("1"), d("1"));
        assertThat(own).allSatisfy(l -> {
            assertThat(l.best()).isNull();
            assertThat(l.lostVsBest()).isNull();
        });

        var trend = AsUser.call(AsUser.leaderOf(d2), () -> rankings.trend(indexes.get(index.id()), d2));
        assertThat(trend).hasSize(1);
        assertThat(trend.getFirst().year()).isEqualTo(2024);
        assertThat(trend.getFirst().score()).isEqualTo(d("80.00"));
        assertThat(trend.getFirst().rank()).isEqualTo(2);
        assertThat(trend.getFirst().of()).isEqualTo(3);
        assertThat(trend.getFirst().band().label()).isEqualTo("Khá");
    }

    @Test
    void aLeaderSeesTheWholePublishedRankingButCriterionDetailOfItsOwnUnitOnly() {
        TestUnits.Tree t = testUnits.province(3, 2, 0);
        IndexDef index = scored2024(t);
        save(index, scores(t.commune(1, 0), "3", "3", "2", "3", "3", "2.5"));
        UnitRef d2 = t.district(1);

        // a draft is not for leaders
        RankingService.Ranking draft = AsUser.call(AsUser.leaderOf(d2), () -> rankings.ranking(indexes.get(index.id()), UnitTier.DISTRICT, t.province()));
        assertThat(draft.visible()).isFalse();
        assertThat(draft.rows()).isEmpty();

        publish(index);
        IndexDef published = AsUser.call(AsUser.chair(), () -> indexes.get(index.id()));
        RankingService.Ranking r = AsUser.call(AsUser.leaderOf(d2), () -> rankings.ranking(published, UnitTier.DISTRICT, t.province()));
        assertThat(r.rows()).hasSize(3);
        AsUser.run(AsUser.leaderOf(d2), () -> {
            assertThat(rankings.lostPoints(published, unitService.readable(d2))).hasSize(4);
            assertThat(rankings.lostPoints(published, unitService.readable(t.commune(1, 0)))).hasSize(4);
            assertThat(rankings.canSeeDetail(t.district(0))).isFalse();
            assertThatThrownBy(() -> rankings.lostPoints(published, unitService.readable(t.district(0)))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> indexes.saveScores(published.id(), List.of())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> indexes.define(t.province().id(), new IndexService.NewIndex("X", 2030, "X", null,
                    Set.of(UnitTier.DISTRICT), Scale.POINTS, BANDS))).isInstanceOf(AccessDeniedException.class);
        });
        AsUser.run(AsUser.leaderOf(t.commune(1, 0)), () ->
                assertThatThrownBy(() -> rankings.lostPoints(published, unitService.readable(d2))).isInstanceOf(AccessDeniedException.class));
        AsUser.run(AsUser.chair(), () -> assertThat(rankings.lostPoints(published, unitService.readable(t.district(0)))).hasSize(4));
        AsUser.run(AsUser.secretariat(), () -> assertThat(rankings.lostPoints(published, unitService.readable(t.district(0)))).hasSize(4));
        AsUser.run(AsUser.chair(), () -> assertThatThrownBy(() -> indexes.saveScores(published.id(), List.of()))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void aFileWithAboveMaxUnknownCriterionOrUnrankedUnitIsRejectedByRowAndWritesNothing() throws IOException {
        TestUnits.Tree t = testUnits.province(2, 1, 1);
        IndexDef index = define(t, 2024);
        byte[] file = xlsx(new Object[][]{
                {"Mã đơn vị", "Mã tiêu chí", "Tự chấm", "Thẩm định", "Điều tra XHH"},
                {t.district(0).code(), "1.1", 6, "5,5", null},                 // fine ("5,5" read as 5.5)
                {t.district(0).code(), "1.2", 4, 4.5, null},                   // above max 4
                {t.district(0).code(), "9.9", 1, 1, null},                     // unknown criterion
                {t.departments().getFirst().code(), "1.1", 1, 1, null},        // a department: not ranked by this index
                {t.district(1).code(), "2.1", 5, 5, null},                     // not a leaf
                {t.district(1).code(), "2.1.2", 3, null, 4},                   // survey leaf with self points
                {t.district(1).code(), "1.1", "abc", 1, null},                 // not a number
        });
        assertThatThrownBy(() -> AsUser.run(AsUser.secretariat(), () -> indexes.importScores(index.id(), file)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors()).extracting(RowError::line)
                        .containsExactly(8));
        byte[] numbersOk = xlsx(new Object[][]{
                {"Mã đơn vị", "Mã tiêu chí", "Tự chấm", "Thẩm định", "Điều tra XHH"},
                {t.district(0).code(), "1.1", 6, "5,5", null},
                {t.district(0).code(), "1.2", 4, 4.5, null},
                {t.district(0).code(), "9.9", 1, 1, null},
                {t.departments().getFirst().code(), "1.1", 1, 1, null},
                {t.district(1).code(), "2.1", 5, 5, null},
                {t.district(1).code(), "2.1.2", 3, null, 4},
                {t.district(0).code(), "1.1", 6, 6, null},
        });
        assertThatThrownBy(() -> AsUser.run(AsUser.secretariat(), () -> indexes.importScores(index.id(), numbersOk)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.errors()).extracting(RowError::line).containsExactly(3, 4, 5, 6, 7, 8);
                    assertThat(e.errors().get(0).message()).contains("4.5", "1.2", "4");
                    assertThat(e.errors().get(1).message()).contains("9.9");
                    assertThat(e.errors().get(2).message()).contains(t.departments().getFirst().code());
                    assertThat(e.errors().get(5).message()).contains("2");
                });
        assertThat(repo.hasScores(index.id())).isFalse();

        byte[] good = xlsx(new Object[][]{
                {"Mã đơn vị", "Mã tiêu chí", "Tự chấm", "Thẩm định", "Điều tra XHH"},
                {t.district(0).code(), "1.1", 6, "5,5", null},
                {t.district(0).code(), "2.1.2", null, null, 4},
        });
        assertThat(AsUser.call(AsUser.secretariat(), () -> indexes.importScores(index.id(), good))).isEqualTo(2);
        RankingService.Ranking r = AsUser.call(AsUser.chair(), () -> rankings.ranking(indexes.get(index.id()), UnitTier.DISTRICT, t.province()));
        assertThat(r.rows().getFirst().points()).isEqualByComparingTo("9.5");
        assertThat(r.rows().getFirst().score()).isEqualTo(d("47.50"));
    }

    @Test
    void aCriteriaTreeThatDoesNotAddUpIsRejected() {
        TestUnits.Tree t = testUnits.province(1, 0, 0);
        IndexDef index = define(t, 2024);
        IndexDef other = AsUser.call(AsUser.secretariat(), () -> indexes.define(t.province().id(), new IndexService.NewIndex("PAR-S",
                2024, "Sở", null, Set.of(UnitTier.DEPARTMENT), Scale.POINTS, BANDS)));
        assertThatThrownBy(() -> AsUser.run(AsUser.secretariat(), () -> indexes.defineCriteria(other.id(), List.of(
                new IndexService.CriterionRow(2, "1", "A", null, d("10"), false),
                new IndexService.CriterionRow(3, "1.1", "B", null, d("6"), false),
                new IndexService.CriterionRow(4, "1.2", "C", null, d("3"), false),
                new IndexService.CriterionRow(5, "3.1", "D", null, d("3"), false),
                new IndexService.CriterionRow(6, "1.1", "E", null, d("1"), false)))))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors()).extracting(RowError::line)
                        .containsExactly(2, 5, 6));
        assertThat(AsUser.call(AsUser.chair(), () -> indexes.tree(other.id()).isEmpty())).isTrue();
        assertThat(AsUser.call(AsUser.chair(), () -> indexes.tree(index.id()).maxTotal())).isEqualByComparingTo("20");
    }

    @Test
    void publishedScoresAreFrozenAndACorrectionMakesANewRevisionWithoutOverwriting() {
        TestUnits.Tree t = testUnits.province(3, 0, 0);
        IndexDef index = scored2024(t);
        long version = AsUser.call(AsUser.chair(), () -> indexes.get(index.id()).version());
        publish(index);
        // a second publish with the old version is refused
        assertThatThrownBy(() -> AsUser.run(AsUser.secretariat(), () -> indexes.publish(index.id(), version)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("rankings.error.published");
        assertThatThrownBy(() -> save(index, scores(t.district(1), "6", "6", "4", "5", "5", "5")))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("2024");

        IndexDef published = AsUser.call(AsUser.chair(), () -> indexes.get(index.id()));
        Revision rev2 = AsUser.call(AsUser.secretariat(), () -> indexes.correct(index.id(), published.version(),
                "Phúc khảo tiêu chí 1.2", List.of(new IndexService.ScoreRow(2, t.district(1).code(), "1.2", null, d("4"), null))));
        assertThat(rev2.revision()).isEqualTo(2);
        assertThat(rev2.reason()).isEqualTo("Phúc khảo tiêu chí 1.2");
        assertThat(rev2.createdBy()).startsWith("secretariat");
        // the stale version is refused for a second correction
        assertThatThrownBy(() -> AsUser.run(AsUser.secretariat(), () -> indexes.correct(index.id(), published.version(), "again",
                List.of(new IndexService.ScoreRow(2, t.district(1).code(), "1.2", null, d("2"), null)))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> AsUser.run(AsUser.secretariat(), () -> indexes.correct(index.id(), published.version() + 1, " ",
                List.of()))).isInstanceOf(UserFacingException.class).hasMessageContaining("rankings.error.reason");

        RankingService.Ranking r = AsUser.call(AsUser.chair(), () -> rankings.ranking(indexes.get(index.id()), UnitTier.DISTRICT, t.province()));
        assertThat(r.revision()).isEqualTo(2);
        assertThat(r.rows()).extracting(RankingService.RankingRow::score).containsExactly(d("90.00"), d("85.00"), d("80.00"));
        assertThat(r.rows()).extracting(RankingService.RankingRow::rank).containsExactly(1, 2, 3);
        // revision 1 is untouched
        assertThat(repo.scores(index.id(), 1)).filteredOn(s -> s.unitId() == t.district(1).id())
                .anySatisfy(s -> assertThat(s.appraised()).isEqualByComparingTo("3"));
        assertThat(AsUser.call(AsUser.chair(), () -> indexes.revisions(index.id()))).extracting(Revision::revision).containsExactly(2, 1);
    }

    @Test
    void theRankingExportsToExcelUnderAHeaderAndEveryRowHoldsTheServicesFigures() throws IOException {
        TestUnits.Tree t = testUnits.province(4, 0, 0);
        IndexDef index = scored2024(t);
        clock.setToday(LocalDate.of(2026, 11, 30));
        try {
            RankingService.Ranking ranking = AsUser.call(AsUser.chair(), () -> rankings.ranking(index, UnitTier.DISTRICT, t.province()));
            byte[] xlsx = AsUser.call(AsUser.chair(), () -> rankings.export(ranking, t.province(), VI));
            try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
                List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
                // the header block: index, year, tier and unit; as of the year's end; the revision (a draft here)
                assertThat(rows.get(0).getCellText(0)).contains("Chỉ số CCHC cấp huyện").contains("2024").contains("Cấp huyện")
                        .contains(vn.reformdesk.units.UnitNames.name(t.province(), VI)).contains(t.province().code());
                assertThat(rows.get(1).getCellText(0)).contains("31/12/2024");
                assertThat(rows.get(2).getCellText(0)).isEqualTo("Bản nháp, chưa công bố");
                // the column titles, then one row per ranked unit, then the unit without a rank
                assertThat(rows.get(3).getCellText(0)).isEqualTo("Hạng");
                assertThat(rows.get(3).getCellText(5)).isEqualTo("Xếp loại");
                assertThat(rows.get(3).getCellText(9)).startsWith("1. ");
                List<org.dhatim.fastexcel.reader.Row> data = rows.subList(4, rows.size());
                assertThat(ranking.rows()).hasSize(3);
                assertThat(ranking.unranked()).hasSize(1);
                assertThat(data).hasSize(4);
                for (int i = 0; i < ranking.rows().size(); i++) {
                    RankingService.RankingRow want = ranking.rows().get(i);
                    org.dhatim.fastexcel.reader.Row got = data.get(i);
                    assertThat(got.getCellAsNumber(0).orElseThrow().intValue()).isEqualTo(want.rank());
                    assertThat(got.getCellText(1)).isEqualTo(want.unit().code());
                    assertThat(got.getCellText(2)).isEqualTo(vn.reformdesk.units.UnitNames.name(want.unit(), VI));
                    assertThat(got.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo(want.points());
                    assertThat(got.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo(want.score());
                    assertThat(got.getCellText(5)).isEqualTo(want.band().label(VI));
                    for (int a = 0; a < want.areaPoints().size(); a++) {
                        assertThat(got.getCellAsNumber(9 + a).orElseThrow()).isEqualByComparingTo(want.areaPoints().get(a));
                    }
                }
                assertThat(data.get(0).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("90");
                org.dhatim.fastexcel.reader.Row unranked = data.get(3);
                assertThat(unranked.getCellText(0)).isEmpty();
                assertThat(unranked.getCellText(1)).isEqualTo(t.district(3).code());
                assertThat(unranked.getCellText(3)).as("unknown is not zero").isEmpty();
                assertThat(unranked.getCellText(8)).isEqualTo("Chưa chấm điểm");
            }
        } finally {
            clock.reset();
        }
    }

    @Test
    void theTemplateListsEveryRankedUnitAndSubCriterionAndImportsBackWhenFilledIn() {
        TestUnits.Tree t = testUnits.province(2, 1, 1);
        IndexDef index = define(t, 2024);
        byte[] template = AsUser.call(AsUser.secretariat(), () -> indexes.template(index.id(), VI));
        List<Sheets.Line> lines = Sheets.read(template, "bad");
        // 2 districts + 2 communes, 4 sub-criteria each
        assertThat(lines).hasSize(1 + 4 * 4);
        assertThat(lines.get(1).cells()).startsWith(t.commune(0, 0).code().compareTo(t.district(0).code()) < 0
                ? t.commune(0, 0).code() : t.district(0).code());
        // the empty template imports nothing and is refused as empty
        assertThatThrownBy(() -> AsUser.run(AsUser.secretariat(), () -> indexes.importScores(index.id(), template)))
                .isInstanceOf(ImportRejectedException.class);
        assertThatThrownBy(() -> AsUser.call(AsUser.chair(), () -> indexes.template(index.id(), VI))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nationalResultsKeepTheScaleOfTheirYear() {
        TestUnits.Tree t = testUnits.province(1, 0, 0);
        assertThat(RankingService.defaultScale(NationalResult.Kind.PAPI, 2017)).isEqualByComparingTo("60");
        assertThat(RankingService.defaultScale(NationalResult.Kind.PAPI, 2018)).isEqualByComparingTo("80");
        AsUser.run(AsUser.secretariat(), () -> {
            rankings.saveNational(t.province().id(), new NationalResult(NationalResult.Kind.PAPI, 2016, d("36.99"), d("60"), 20, 63));
            rankings.saveNational(t.province().id(), new NationalResult(NationalResult.Kind.PAPI, 2018, d("43.50"), d("80"), 17, 63));
            assertThatThrownBy(() -> rankings.saveNational(t.province().id(),
                    new NationalResult(NationalResult.Kind.PAPI, 2017, d("65"), d("60"), 1, 63)))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("60");
            // PAPI 2019 is out of 80: a result typed against the old 60-point scale is refused
            assertThatThrownBy(() -> rankings.saveNational(t.province().id(),
                    new NationalResult(NationalResult.Kind.PAPI, 2019, d("40"), d("60"), 20, 63)))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("2019").hasMessageContaining("80");
        });
        AsUser.run(AsUser.leaderOf(t.district(0)), () -> {
            List<NationalResult> results = rankings.national(t.province().id());
            assertThat(results).extracting(NationalResult::year).containsExactly(2016, 2018);
            assertThat(results.getFirst().percentOfScale()).isEqualByComparingTo("61.65");
            assertThatThrownBy(() -> rankings.saveNational(t.province().id(),
                    new NationalResult(NationalResult.Kind.SIPAS, 2020, d("80"), d("100"), null, null)))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    private static byte[] xlsx(Object[][] rows) {
        return vn.reformdesk.support.TestWorkbooks.xlsx("Điểm", rows);
    }

    private static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
