package vn.reformdesk.units;

import vn.reformdesk.base.AppI18NProvider;

import java.util.Locale;

/** A unit's name in the UI language, and its kind's label. */
public final class UnitNames {

    private UnitNames() {
    }

    public static String name(UnitRef unit, Locale locale) {
        if ("en".equals(locale.getLanguage()) && unit.nameEn() != null && !unit.nameEn().isBlank()) {
            return unit.nameEn();
        }
        return unit.name();
    }

    public static String kind(String kind, Locale locale) {
        return AppI18NProvider.text("unit.kind." + kind, locale);
    }

    public static String tier(UnitTier tier, Locale locale) {
        return AppI18NProvider.text("unit.tier." + tier.name(), locale);
    }
}
