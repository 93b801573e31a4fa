package vn.reformdesk.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, percentages and dates as the locale writes them: {@code 1.234,5} and {@code 25/01/2019} in
 * Vietnamese, {@code 1,234.5} and {@code 25/01/2019} in English. Every figure on screen goes through here.
 */
public final class Formats {

    private Formats() {
    }

    public static String integer(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(AppLocales.supported(locale)).format(value);
    }

    public static String decimal(double value, int fractionDigits, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(AppLocales.supported(locale));
        f.setMinimumFractionDigits(fractionDigits);
        f.setMaximumFractionDigits(fractionDigits);
        f.setRoundingMode(RoundingMode.HALF_UP);
        // through the decimal text of the double: 80.55 rounds to 80.6, not to 80.5 as its binary value would
        return f.format(BigDecimal.valueOf(value));
    }

    /** A percentage given as 0–100, with one decimal: {@code 80,6%}. */
    public static String percent(double percentage, Locale locale) {
        return decimal(percentage, 1, locale) + "%";
    }

    /** {@code done / total} as a percentage 0–100 rounded half-up to one decimal, or null when total is 0. */
    public static Double share(long part, long total) {
        if (total <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP).doubleValue();
    }

    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy", AppLocales.supported(locale)).format(date);
    }

    public static String dateTime(LocalDateTime dateTime, Locale locale) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", AppLocales.supported(locale)).format(dateTime);
    }
}
