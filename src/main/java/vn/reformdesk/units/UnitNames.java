package vn.reformdesk.units;

import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.AppI18NProvider;

import java.util.Locale;

/** A unit's name in the UI language, and its kind's label. */
public final class UnitNames {

    private UnitNames() {
    }

    public static String name(UnitRef unit, Locale locale) {
        return AppLocales.name(unit.name(), unit.nameEn(), locale);
    }

    /**
     * The name, followed by the validity when the unit starts or ends inside the period (in 2025 the pickers list
     * old units "until 30/06/2025" and new ones "since 01/07/2025" side by side).
     */
    public static String nameInPeriod(UnitRef unit, vn.reformdesk.base.Period period, Locale locale) {
        String name = name(unit, locale);
        if (unit.validTo() != null && unit.validTo().isBefore(period.end()) && !unit.validTo().isBefore(period.start())) {
            return name + " (" + AppI18NProvider.text("units.valid.until", locale, vn.reformdesk.base.Formats.date(unit.validTo(), locale)) + ")";
        }
        if (unit.validFrom() != null && unit.validFrom().isAfter(period.start()) && !unit.validFrom().isAfter(period.end())) {
            return name + " (" + AppI18NProvider.text("units.valid.since", locale, vn.reformdesk.base.Formats.date(unit.validFrom(), locale)) + ")";
        }
        return name;
    }

    public static String kind(String kind, Locale locale) {
        return AppI18NProvider.text("unit.kind." + kind, locale);
    }

    public static String tier(UnitTier tier, Locale locale) {
        return AppI18NProvider.text("unit.tier." + tier.name(), locale);
    }
}
