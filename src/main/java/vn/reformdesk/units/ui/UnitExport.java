package vn.reformdesk.units.ui;

import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.base.ui.PeriodLabels;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The units page's table of the units below the selected one, as it shows them in the period, for Excel. */
final class UnitExport {

    private UnitExport() {
    }

    static TableWorkbook.Table children(UnitService units, UnitRef unit, Period period, LocalDate asOf, Locale locale) {
        List<UnitRef> children = units.children(unit.id(), period);
        return new TableWorkbook.Table(AppI18NProvider.text("units.excel.sheet", locale),
                List.of(AppI18NProvider.text("units.excel.head", locale, UnitNames.name(unit, locale), PeriodLabels.label(period, locale)),
                        AppI18NProvider.text("units.excel.as-of", locale, Formats.date(asOf, locale))),
                List.of(AppI18NProvider.text("unit.name", locale), AppI18NProvider.text("unit.code", locale),
                        AppI18NProvider.text("unit.kind", locale), AppI18NProvider.text("units.excel.valid-from", locale),
                        AppI18NProvider.text("units.excel.valid-to", locale)),
                children.stream().<List<?>>map(u -> Arrays.asList(UnitNames.nameInPeriod(u, period, locale), u.code(),
                        UnitNames.kind(u.kind(), locale), u.validFrom(), u.validTo())).toList());
    }
}
