package vn.reformdesk.scorecard;

/**
 * A target for a measure: at least or at most a value. {@code source} says where it comes from (the unit's
 * own target, or the province-wide default it inherits), so the page can show the rule behind a colour.
 */
public record Target(Comparison comparison, double value, Source source) {

    public enum Comparison { AT_LEAST, AT_MOST }

    /** The unit's own target, one inherited from a unit above it, the province-wide default, or a fixed rule. */
    public enum Source { UNIT, ANCESTOR, PROVINCE_DEFAULT, RULE }

    public boolean isMetBy(double actual) {
        return comparison == Comparison.AT_LEAST ? actual >= value : actual <= value;
    }

    /** How far a value is from the target (positive = short of it, 0 or less = met). */
    public double shortfall(double actual) {
        return comparison == Comparison.AT_LEAST ? value - actual : actual - value;
    }
}
