package vn.reformdesk.rankings;

import org.junit.jupiter.api.Test;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.RowError;
import vn.reformdesk.support.TestWorkbooks;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Scores typed either way read the same through the one number reader; a word is an error naming its cell. */
class ScoreCellsTest {

    @Test
    void scoresWithEitherDecimalMarkReadTheSame() {
        byte[] file = TestWorkbooks.xlsx("scores", new Object[][]{
                {"Mã đơn vị", "Mã tiêu chí", "Tự chấm", "Thẩm định", "Điều tra"},
                {"892", "1.1", "8,5", "8.5", null},
                {"892", "1.2", 7.25, "1.234,5", ""}});
        List<IndexService.ScoreRow> rows = IndexService.parseScores(file);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).self()).isEqualByComparingTo("8.5");
        assertThat(rows.get(0).appraised()).isEqualByComparingTo("8.5");
        assertThat(rows.get(0).survey()).isNull();
        assertThat(rows.get(1).self()).isEqualByComparingTo("7.25");
        assertThat(rows.get(1).appraised()).isEqualByComparingTo(new BigDecimal("1234.5"));
    }

    @Test
    void aWordForAScoreIsAnErrorOnItsLineAndColumnInTheReadersLanguage() {
        byte[] file = TestWorkbooks.xlsx("scores", new Object[][]{
                {"Mã đơn vị", "Mã tiêu chí", "Tự chấm", "Thẩm định", "Điều tra"},
                {"892", "1.1", "tám", null, null}});
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class, () -> IndexService.parseScores(file));
        RowError error = e.errors().getFirst();
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.key()).isEqualTo("rankings.error.number");
        assertThat(error.column(AppLocales.ENGLISH)).isNotEqualTo(error.column(AppLocales.VIETNAMESE)).doesNotContain("rankings.col");
        assertThat(error.message(AppLocales.VIETNAMESE)).contains("tám");
    }
}
