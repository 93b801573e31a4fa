package vn.reformdesk.base.ui;

import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Period;

import java.util.Locale;

/** "6 tháng đầu năm 2019", "Quý 3/2019", "9 months of 2019"… */
public final class PeriodLabels {

    private PeriodLabels() {
    }

    public static String label(Period p, Locale locale) {
        String year = Integer.toString(p.year());
        String index = Integer.toString(p.index());
        return switch (p.type()) {
            case YEAR -> AppI18NProvider.text("period.year", locale, year);
            case HALF -> AppI18NProvider.text(p.index() == 1 ? "period.half.1" : "period.half.2", locale, year);
            case NINE_MONTHS -> AppI18NProvider.text("period.nine-months", locale, year);
            case QUARTER -> AppI18NProvider.text("period.quarter", locale, year, index);
            case MONTH -> AppI18NProvider.text("period.month", locale, year, index);
        };
    }

    /** The short form used inside the period picker (the year is picked separately). */
    public static String shortLabel(Period p, Locale locale) {
        String index = Integer.toString(p.index());
        return switch (p.type()) {
            case YEAR -> AppI18NProvider.text("period.short.year", locale);
            case HALF -> AppI18NProvider.text(p.index() == 1 ? "period.short.half.1" : "period.short.half.2", locale);
            case NINE_MONTHS -> AppI18NProvider.text("period.short.nine-months", locale);
            case QUARTER -> AppI18NProvider.text("period.short.quarter", locale, index);
            case MONTH -> AppI18NProvider.text("period.short.month", locale, index);
        };
    }
}
