package vn.reformdesk.rankings;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The parts each national index publishes, by year, and how they relate to the total:
 * <ul>
 * <li>PAR INDEX: 8 component indices, each in % of its area's points; the total is their mean weighted by the
 * areas' points, so it lies between the smallest and the largest component.</li>
 * <li>SIPAS: 5 elements in %; the total likewise lies between the smallest and the largest element.</li>
 * <li>PAPI: 6 dimensions of 10 points until 2017, 8 since 2018 (environmental governance and e-governance
 * added); the total is their sum.</li>
 * <li>766 service index: 5 groups of 18, 20, 22, 22 and 18 points; the total is their sum.</li>
 * </ul>
 * The rules are checked once all parts of a year are known; published parts are rounded to two decimals, so a
 * total may differ from its parts by up to {@link #TOLERANCE}.
 */
public final class NationalParts {

    /** How far a total may be from what its parts give, for the rounding of published figures. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.05");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final int[] SERVICE_766_MAX = {18, 20, 22, 22, 18};

    private NationalParts() {
    }

    /** The codes of the parts an index publishes in a year. */
    public static List<String> codes(NationalResult.Kind kind, int year) {
        int n = switch (kind) {
            case PAR_INDEX -> 8;
            case SIPAS, SERVICE_766 -> 5;
            case PAPI -> year <= 2017 ? 6 : 8;
        };
        return IntStream.rangeClosed(1, n).mapToObj(String::valueOf).toList();
    }

    /** The maximum of a part: 100 (%) for PAR INDEX and SIPAS, 10 points for a PAPI dimension, the group's points for 766. */
    public static BigDecimal max(NationalResult.Kind kind, String code) {
        return switch (kind) {
            case PAR_INDEX, SIPAS -> HUNDRED;
            case PAPI -> TEN;
            case SERVICE_766 -> BigDecimal.valueOf(SERVICE_766_MAX[Integer.parseInt(code) - 1]);
        };
    }

    /** True when the total is the sum of the parts; otherwise it is a weighted mean of them. */
    public static boolean totalIsSum(NationalResult.Kind kind) {
        return kind == NationalResult.Kind.PAPI || kind == NationalResult.Kind.SERVICE_766;
    }

    public static String nameKey(NationalResult.Kind kind, String code) {
        return "rankings.national.part." + kind.name() + "." + code;
    }
}
