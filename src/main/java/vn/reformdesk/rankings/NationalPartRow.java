package vn.reformdesk.rankings;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * A part of a national result with the same part a year before: the change in points (or percentage points)
 * and in rank, where both years are known. {@code rankChange} &gt; 0 means the province moved up.
 */
public record NationalPartRow(NationalPart part, @Nullable NationalPart previous) {

    public @Nullable BigDecimal change() {
        return previous == null ? null : part.value().subtract(previous.value());
    }

    public @Nullable Integer rankChange() {
        return previous == null || previous.rank() == null || part.rank() == null ? null : previous.rank() - part.rank();
    }
}
