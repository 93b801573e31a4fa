package vn.reformdesk.base;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period. Its URL form is {@code 2019}, {@code 2019-H1}, {@code 2019-9M}, {@code 2019-Q3} or
 * {@code 2019-M07}. Periods always start on 1 January of their year except quarters, months and the
 * second half; "9 months" is January to September, as in the committee's reports.
 */
public record Period(PeriodType type, int year, int index) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(H[12]|9M|Q[1-4]|M(0[1-9]|1[0-2])))?");

    public Period {
        if (year < 1990 || year > 2100) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        int max = switch (type) {
            case YEAR, NINE_MONTHS -> 1;
            case HALF -> 2;
            case QUARTER -> 4;
            case MONTH -> 12;
        };
        if (index < 1 || index > max) {
            throw new IllegalArgumentException("index out of range for " + type + ": " + index);
        }
    }

    public static Period year(int year) {
        return new Period(PeriodType.YEAR, year, 1);
    }

    public static Period half(int year, int half) {
        return new Period(PeriodType.HALF, year, half);
    }

    public static Period nineMonths(int year) {
        return new Period(PeriodType.NINE_MONTHS, year, 1);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(PeriodType.QUARTER, year, quarter);
    }

    public static Period month(int year, int month) {
        return new Period(PeriodType.MONTH, year, month);
    }

    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year;
        try {
            year = Integer.parseInt(m.group(1));
            if (year < 1990 || year > 2100) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String suffix = m.group(2);
        if (suffix == null) {
            return Optional.of(year(year));
        }
        return Optional.of(switch (suffix.charAt(0)) {
            case 'H' -> half(year, suffix.charAt(1) - '0');
            case '9' -> nineMonths(year);
            case 'Q' -> quarter(year, suffix.charAt(1) - '0');
            default -> month(year, Integer.parseInt(suffix.substring(1)));
        });
    }

    /** The URL form, inverse of {@link #parse(String)}. */
    public String code() {
        return switch (type) {
            case YEAR -> Integer.toString(year);
            case HALF -> year + "-H" + index;
            case NINE_MONTHS -> year + "-9M";
            case QUARTER -> year + "-Q" + index;
            case MONTH -> year + "-M" + (index < 10 ? "0" : "") + index;
        };
    }

    public LocalDate start() {
        return switch (type) {
            case YEAR, NINE_MONTHS -> LocalDate.of(year, 1, 1);
            case HALF -> LocalDate.of(year, index == 1 ? 1 : 7, 1);
            case QUARTER -> LocalDate.of(year, (index - 1) * 3 + 1, 1);
            case MONTH -> LocalDate.of(year, index, 1);
        };
    }

    /** The last day of the period, inclusive. */
    public LocalDate end() {
        return switch (type) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case NINE_MONTHS -> LocalDate.of(year, 9, 30);
            case HALF -> index == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
            case QUARTER -> YearMonth.of(year, index * 3).atEndOfMonth();
            case MONTH -> YearMonth.of(year, index).atEndOfMonth();
        };
    }

    /** The first day after the period: handy for half-open ranges {@code [start, endExclusive)}. */
    public LocalDate endExclusive() {
        return end().plusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** The same kind of period one step earlier (for a year, 6 or 9 months: the same span a year earlier). */
    public Period previous() {
        return switch (type) {
            case YEAR -> year(year - 1);
            case NINE_MONTHS -> nineMonths(year - 1);
            case HALF -> index == 1 ? half(year - 1, 2) : half(year, 1);
            case QUARTER -> index == 1 ? quarter(year - 1, 4) : quarter(year, index - 1);
            case MONTH -> index == 1 ? month(year - 1, 12) : month(year, index - 1);
        };
    }

    /** The calendar months the period covers, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(start()); !m.isAfter(YearMonth.from(end())); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The choices offered in the period picker for one year. */
    public static List<Period> choicesFor(int year) {
        List<Period> list = new ArrayList<>();
        list.add(year(year));
        list.add(half(year, 1));
        list.add(half(year, 2));
        list.add(nineMonths(year));
        for (int q = 1; q <= 4; q++) {
            list.add(quarter(year, q));
        }
        for (int m = 1; m <= 12; m++) {
            list.add(month(year, m));
        }
        return list;
    }

    @Override
    public String toString() {
        return code();
    }
}
