package vn.reformdesk.base;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts from {@code vaadin-i18n/translations.properties} (Vietnamese, the default) and
 * {@code translations_en.properties}. A feature may keep its texts in its own pair of bundles named after
 * the first part of its keys: {@code plans.title} is looked up in {@code vaadin-i18n/plans.properties}
 * (and {@code plans_en.properties}) first. A missing key shows as {@code !key!} and a test fails on it.
 */
@Component
public class AppI18NProvider implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return AppLocales.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = AppLocales.supported(locale);
        Locale bundleLocale = supported.equals(AppLocales.ENGLISH) ? Locale.ENGLISH : Locale.ROOT;
        int dot = key.indexOf('.');
        String text = null;
        if (dot > 0) {
            text = lookup("vaadin-i18n." + key.substring(0, dot), key, bundleLocale);
        }
        if (text == null) {
            text = lookup(BUNDLE, key, bundleLocale);
        }
        if (text == null) {
            return "!" + key + "!";
        }
        return new MessageFormat(text, supported).format(params);
    }

    private static @org.jspecify.annotations.Nullable String lookup(String bundleName, String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(bundleName, locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** For code outside the UI (exports, messages of services). */
    public static String text(String key, Locale locale, Object... params) {
        return new AppI18NProvider().getTranslation(key, locale, params);
    }
}
