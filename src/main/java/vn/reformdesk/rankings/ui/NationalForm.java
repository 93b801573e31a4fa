package vn.reformdesk.rankings.ui;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.rankings.NationalResult;

import java.math.BigDecimal;

/**
 * One national result typed by the secretariat: the index, the province's value, the scale, its rank and among how
 * many provinces. The constraints' messages are keys of the rankings bundle, shown translated on the field;
 * {@code RankingService} checks the value against the scale and the rank against the provinces, and names the field
 * it refuses. Public because the binder creates it by reflection.
 */
public record NationalForm(
        @NotNull(message = "rankings.national.missing")
        NationalResult.Kind kind,
        @NotNull(message = "rankings.national.missing")
        @Nullable BigDecimal value,
        @NotNull(message = "rankings.national.missing")
        @Positive(message = "rankings.national.scale-positive")
        @Nullable BigDecimal scaleMax,
        @Positive(message = "rankings.error.national-rank")
        @Nullable Integer rank,
        @Positive(message = "rankings.national.provinces-positive")
        @Nullable Integer provinces) {
}
