package vn.reformdesk.base;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one reader of numbers typed into imported files and forms, in either of the two ways Vietnamese and English
 * users write them.
 * <ul>
 *   <li>A <b>count</b> (dossiers, tasks, a target number) is a whole number. Thousands may be grouped by dots, commas
 *   or spaces in groups of exactly three digits ("1.348", "1,348", "1 348"); anything else with a separator ("2.5",
 *   "12,5", "1.5") is not a count and is refused, never read as 25 or 125.</li>
 *   <li>A <b>decimal</b> (a score, a percentage) takes either decimal mark ("8,5" or "8.5"). When both marks appear,
 *   the last one is the decimal mark and the other groups thousands ("1.234,5" or "1,234.5").</li>
 * </ul>
 * Blank text is "no value" ({@code null}); text that is not a number throws {@link NotANumber}, a
 * {@link NumberFormatException}, which the caller turns into a message naming the row, column or field.
 */
public final class ImportNumbers {

    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+");
    /** Groups of three digits, all separated by the same mark (the back-reference). */
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}([.,\u00a0 ])\\d{3}(\\1\\d{3})*");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private ImportNumbers() {
    }

    /** Thrown for text that is not a number of the kind asked for. */
    public static final class NotANumber extends NumberFormatException {
        public NotANumber(String text) {
            super(text);
        }
    }

    /** A whole number, or null for blank text. */
    public static @Nullable Long count(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (PLAIN.matcher(t).matches()) {
            return parseLong(t, text);
        }
        if (GROUPED.matcher(t).matches()) {
            return parseLong(t.replaceAll("[.,\u00a0 ]", ""), text);
        }
        throw new NotANumber(text);
    }

    /** A whole number from a spreadsheet's numeric cell: 1.5 is not a count. */
    public static long count(double cellValue) {
        if (Double.isNaN(cellValue) || Double.isInfinite(cellValue) || cellValue != Math.rint(cellValue)
                || Math.abs(cellValue) > Long.MAX_VALUE / 2.0) {
            throw new NotANumber(BigDecimal.valueOf(cellValue).stripTrailingZeros().toPlainString());
        }
        return (long) cellValue;
    }

    /** A whole number that must fit an int, or null for blank text. */
    public static @Nullable Integer intCount(@Nullable String text) {
        Long v = count(text);
        if (v == null) {
            return null;
        }
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw new NotANumber(text);
        }
        return v.intValue();
    }

    /** A decimal number written with either mark, or null for blank text. */
    public static @Nullable BigDecimal decimal(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        int lastDot = t.lastIndexOf('.');
        int lastComma = t.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            char mark = lastDot > lastComma ? '.' : ',';
            char group = mark == '.' ? ',' : '.';
            String integerPart = t.substring(0, Math.max(lastDot, lastComma));
            if (!GROUPED.matcher(integerPart).matches() || integerPart.indexOf(mark) >= 0) {
                throw new NotANumber(text);
            }
            t = integerPart.replace(String.valueOf(group), "") + "." + t.substring(Math.max(lastDot, lastComma) + 1);
        }
        if (!DECIMAL.matcher(t).matches()) {
            throw new NotANumber(text);
        }
        return new BigDecimal(t.replace(',', '.'));
    }

    private static long parseLong(String digits, String original) {
        try {
            return Long.parseLong(digits.startsWith("+") ? digits.substring(1) : digits);
        } catch (NumberFormatException e) {
            throw new NotANumber(original);
        }
    }
}
