package vn.reformdesk.rankings;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * A part of one of the province's national results: a PAR INDEX component index (%), a PAPI dimension (of 10
 * points), a SIPAS element (%) or a 766 service-index group (of its group's points), with the province's rank
 * on that part among the provinces where published. {@code code} is the part's number ("1"–"8").
 */
public record NationalPart(NationalResult.Kind kind, int year, String code, BigDecimal value, BigDecimal max, @Nullable Integer rank) {

    /** The translation key of the part's name, e.g. {@code rankings.national.part.PAPI.7}. */
    public String nameKey() {
        return NationalParts.nameKey(kind, code);
    }
}
