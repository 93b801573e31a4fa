package vn.reformdesk.scorecard;

import vn.reformdesk.base.AppLocales;
import org.jspecify.annotations.Nullable;

import java.util.Locale;

/**
 * A name kept in Vietnamese and, when given, in English (an index the province defines has both), as a measure's label
 * argument: {@link MeasureTexts#label} writes it in the page's language.
 */
public record LocalizedName(String vi, @Nullable String en) {

    public String in(Locale locale) {
        return AppLocales.name(vi, en, locale);
    }

    @Override
    public String toString() {
        return vi;
    }
}
