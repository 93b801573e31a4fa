package vn.reformdesk.rankings;

import vn.reformdesk.base.AppLocales;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A rating band of an index: a score at or above {@code min} (and below the next band's minimum) earns
 * the label, e.g. Tốt ≥ 90, Khá ≥ 80.
 *
 * @param color green, amber, red or grey (the badge colour)
 */
public record Band(String label, @Nullable String labelEn, BigDecimal min, String color) {

    public String label(Locale locale) {
        return AppLocales.name(label, labelEn, locale);
    }
}
