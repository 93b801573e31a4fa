package vn.reformdesk.dossiers.ui;

import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.base.ui.PeriodLabels;
import vn.reformdesk.dossiers.DossierKpi.Figures;
import vn.reformdesk.dossiers.DossierKpiService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.ReadableUnit;
import vn.reformdesk.units.UnitRef;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The units table of the dossiers page (the same figures, by {@code DossierKpi}), for an Excel download. */
final class DossierExport {

    private static final String[] COLUMNS = {"received", "resolved", "early", "on-time", "late", "pending", "overdue", "online",
            "late-no-apology"};

    private DossierExport() {
    }

    static TableWorkbook.Table children(DossierKpiService kpis, ReadableUnit readable, Period period, Locale locale) {
        UnitRef unit = readable.unit();
        List<String> columns = new java.util.ArrayList<>(List.of(t("unit.name", locale), t("unit.kind", locale)));
        for (String c : COLUMNS) {
            columns.add(t("dossiers.col." + c, locale));
        }
        return new TableWorkbook.Table(t("dossiers.children", locale),
                List.of(t("dossiers.title", locale, UnitNames.name(unit, locale)) + " · " + PeriodLabels.label(period, locale)),
                columns,
                kpis.children(readable, period).stream().<List<?>>map(r -> {
                    Figures f = r.figures();
                    return Arrays.asList(UnitNames.name(r.unit(), locale), UnitNames.tier(r.unit().tier(), locale), f.received(),
                            f.resolved(), f.earlyPct(), f.onTimePct(), f.latePct(), f.pending(), f.overdue(), f.onlinePct(),
                            f.lateWithoutApology());
                }).toList());
    }

    private static String t(String key, Locale locale, Object... args) {
        return AppI18NProvider.text(key, locale, args);
    }
}
