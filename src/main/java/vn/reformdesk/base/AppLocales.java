package vn.reformdesk.base;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;

/** The languages of the UI: Vietnamese first, English second. */
public final class AppLocales {

    public static final Locale VIETNAMESE = Locale.of("vi", "VN");
    public static final Locale ENGLISH = Locale.of("en", "GB");
    public static final List<Locale> ALL = List.of(VIETNAMESE, ENGLISH);

    private AppLocales() {
    }

    /** The supported locale matching the language of the given one, Vietnamese when none does. */
    public static Locale supported(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage())) {
            return ENGLISH;
        }
        return VIETNAMESE;
    }

    /** A name in the locale's language: its English form on an English page when it has one, else the Vietnamese. */
    public static String name(String vi, @Nullable String en, Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : vi;
    }
}
