package vn.reformdesk.rankings;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * One of the province's national results for a year, on the scale of that year: PAR INDEX and SIPAS in
 * % (of 100), PAPI in points of 60 (until 2017) or 80 (since 2018), the 766 service index in points of 100.
 */
public record NationalResult(Kind kind, int year, BigDecimal value, BigDecimal scaleMax, @Nullable Integer rank,
                             @Nullable Integer provinces) {

    public enum Kind {
        PAR_INDEX, SIPAS, PAPI, SERVICE_766
    }

    /** The value as a share of its scale (0–100), to draw different scales on one chart. */
    public BigDecimal percentOfScale() {
        return value.multiply(BigDecimal.valueOf(100)).divide(scaleMax, 2, java.math.RoundingMode.HALF_UP);
    }
}
