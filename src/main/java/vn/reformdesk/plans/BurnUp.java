package vn.reformdesk.plans;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.reformdesk.base.Formats;

/**
 * Completions month by month against the straight line from 0 on 1 January to every task on 31 December,
 * and the year-end forecast at the pace so far (done ÷ days elapsed × days of the year, at most all tasks).
 *
 * @param done cumulative tasks done at each month's end; null for months after the as-of date
 */
public record BurnUp(List<YearMonth> months, List<@Nullable Long> done, List<Double> line, long total, long doneAsOf,
                     long forecast, LocalDate asOf) {
    public @Nullable Double forecastPercent() {
        return Formats.share(forecast, total);
    }
}
