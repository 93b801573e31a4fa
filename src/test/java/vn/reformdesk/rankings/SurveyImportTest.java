package vn.reformdesk.rankings;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.RowError;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.support.TestWorkbooks;
import vn.reformdesk.units.UnitTier;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Survey scores (people's and businesses' satisfaction) imported per unit and survey criterion; the ranking counts them. */
@DatabaseTest
class SurveyImportTest {

    private static final Locale VI = Locale.of("vi");

    @Autowired
    IndexService indexes;
    @Autowired
    RankingService rankings;
    @Autowired
    TestUnits testUnits;

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void surveyScoresAreImportedAllOrNothingAndTheRankingUsesThem() {
        TestUnits.Tree t = testUnits.province(2, 0, 0);
        String d1 = t.district(0).code();
        String d2 = t.district(1).code();
        IndexDef index = AsUser.call(AsUser.secretariat(), () -> {
            IndexDef i = indexes.define(t.province().id(), new IndexService.NewIndex("PAR-KS", 2025, "Chỉ số CCHC cấp huyện", null,
                    Set.of(UnitTier.DISTRICT), Scale.POINTS, RankingsDemoData.BANDS));
            indexes.defineCriteria(i.id(), List.of(
                    new IndexService.CriterionRow(2, "1", "Công tác chỉ đạo, điều hành", null, d("7"), false),
                    new IndexService.CriterionRow(3, "1.1", "Ban hành kế hoạch cải cách hành chính năm đúng hạn", null, d("4"), false),
                    new IndexService.CriterionRow(4, "1.2", "Báo cáo cải cách hành chính định kỳ", null, d("3"), false),
                    new IndexService.CriterionRow(5, "2", "Tác động", null, d("5"), false),
                    new IndexService.CriterionRow(6, "2.1", "Sự hài lòng của người dân", null, d("3"), true),
                    new IndexService.CriterionRow(7, "2.2", "Sự hài lòng của doanh nghiệp", null, d("2"), true)));
            indexes.saveScores(i.id(), List.of(
                    new IndexService.ScoreRow(2, d1, "1.1", d("4"), d("4"), null), new IndexService.ScoreRow(3, d1, "1.2", d("3"), d("2"), null),
                    new IndexService.ScoreRow(4, d2, "1.1", d("4"), d("3"), null), new IndexService.ScoreRow(5, d2, "1.2", d("3"), d("3"), null)));
            return indexes.get(i.id());
        });
        // without the survey, district 2 (6 points) trails district 1 (6 points): a tie
        RankingService.Ranking before = AsUser.call(AsUser.chair(), () -> rankings.ranking(index, UnitTier.DISTRICT, t.province()));
        assertThat(before.rows()).extracting(RankingService.RankingRow::rank).containsExactly(1, 1);

        // a bad file: a criterion that is not a survey criterion, points missing, a word for a number, above the maximum
        byte[] bad = TestWorkbooks.xlsx("bad", new Object[][]{
                {"Mã đơn vị", "Mã tiêu chí", "Điểm điều tra"},
                {d1, "2.1", 2.5},
                {d1, "1.1", 3},
                {d2, "2.1", null},
                {d2, "2.2", "abc"},
                {d2, "2.1", 3.5}});
        ImportRejectedException first = AsUser.call(AsUser.secretariat(), () -> rejected(() -> indexes.importSurvey(index.id(), bad)));
        assertThat(first.errors()).extracting(RowError::line).containsExactly(3, 4, 5, 6);
        assertThat(first.errors().get(0).message(VI)).contains("Tiêu chí 1.1 không chấm bằng điều tra XHH");
        assertThat(first.errors().get(1).message(VI)).contains("Thiếu điểm điều tra", d2, "2.1");
        assertThat(first.errors().get(2).message()).contains("abc");
        assertThat(first.errors().get(3).message()).contains("3.5");
        ImportRejectedException inEnglish = AsUser.call(AsUser.secretariat(), () -> rejected(() -> indexes.importSurvey(index.id(),
                TestWorkbooks.xlsx("bad2", new Object[][]{{"Unit", "Criterion", "Survey"}, {d1, "2.1", 2.5}, {d1, "1.1", 3}, {d2, "2.1", 3.5}}))));
        assertThat(inEnglish.errors()).extracting(RowError::line).containsExactly(3, 4);
        assertThat(inEnglish.errors().get(0).message()).contains("1.1", "not scored by the survey");
        assertThat(inEnglish.errors().get(1).message()).contains("3.5", "2.1");
        // nothing was written: the ranking still stands without survey points
        RankingService.Ranking still = AsUser.call(AsUser.chair(), () -> rankings.ranking(indexes.get(index.id()), UnitTier.DISTRICT, t.province()));
        assertThat(still.rows()).extracting(RankingService.RankingRow::points).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("6"), d("6"));

        String csv = "Mã đơn vị;Mã tiêu chí;Điểm điều tra\n" + d1 + ";2.1;2,5\n" + d1 + ";2.2;1,5\n" + d2 + ";2.1;3\n" + d2 + ";2.2;2\n";
        int n = AsUser.call(AsUser.secretariat(), () -> indexes.importSurvey(index.id(), csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(n).isEqualTo(4);
        RankingService.Ranking after = AsUser.call(AsUser.chair(), () -> rankings.ranking(indexes.get(index.id()), UnitTier.DISTRICT, t.province()));
        assertThat(after.rows()).extracting(r -> r.unit().code()).containsExactly(d2, d1);
        assertThat(after.rows()).extracting(RankingService.RankingRow::points).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("11"), d("10"));
        assertThat(after.rows().getFirst().areaPoints()).usingElementComparator(BigDecimal::compareTo).containsExactly(d("6"), d("5"));

        // a leader may not import survey scores
        assertThatThrownBy(() -> AsUser.call(AsUser.leaderOf(t.district(0)), () -> indexes.importSurvey(index.id(), csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static ImportRejectedException rejected(Runnable r) {
        try {
            r.run();
        } catch (ImportRejectedException e) {
            return e;
        }
        throw new AssertionError("the import was not refused");
    }
}
