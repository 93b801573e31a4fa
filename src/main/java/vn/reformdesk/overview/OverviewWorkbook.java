package vn.reformdesk.overview;

import org.springframework.stereotype.Component;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.base.ui.PeriodLabels;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;
import vn.reformdesk.units.UnitTier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The Overview's cards as tables for Excel, for the unit and period the page shows: the units below by kind,
 * the size of each unit below, then each feature card's figures. Every sheet starts with the unit, the period
 * and the "as of" date.
 */
@Component
public class OverviewWorkbook {

    private final UnitService units;
    private final ReportingClock clock;
    private final List<OverviewCard> cards;

    OverviewWorkbook(UnitService units, ReportingClock clock, List<OverviewCard> cards) {
        this.units = units;
        this.clock = clock;
        this.cards = cards.stream().sorted(Comparator.comparingInt(OverviewCard::order)).toList();
    }

    public List<TableWorkbook.Table> tables(UnitRef unit, Period period, Locale locale) {
        units.requireReadable(unit);
        List<String> head = List.of(
                t("overview.excel.head", locale, UnitNames.name(unit, locale), unit.code(), PeriodLabels.label(period, locale)),
                t("overview.excel.as-of", locale, Formats.date(clock.asOf(period), locale)));
        List<TableWorkbook.Table> tables = new ArrayList<>();
        tables.add(new TableWorkbook.Table(t("overview.units.title", locale), head,
                List.of(t("unit.kind", locale), t("overview.excel.count", locale)),
                units.childCountsByKind(unit.id(), period).stream()
                        .<List<?>>map(c -> List.of(UnitNames.kind(c.kind(), locale), c.count())).toList()));
        var sizes = units.childSizes(unit.id(), period).stream().filter(s -> s.unit().tier() != UnitTier.DEPARTMENT).toList();
        if (sizes.stream().anyMatch(s -> s.children() > 0)) {
            tables.add(new TableWorkbook.Table(t("overview.chart.title", locale), head,
                    List.of(t("unit.name", locale), t("unit.code", locale), t("overview.chart.series", locale)),
                    sizes.stream().<List<?>>map(s -> List.of(UnitNames.nameInPeriod(s.unit(), period, locale), s.unit().code(), s.children()))
                            .toList()));
        }
        for (OverviewCard card : cards) {
            card.figures(unit, period, locale).ifPresent(f -> tables.add(new TableWorkbook.Table(f.title(), head,
                    List.of(t("overview.excel.figure", locale), t("overview.excel.value", locale)),
                    f.rows().stream().<List<?>>map(r -> Arrays.asList(r.label(), r.value())).toList())));
        }
        return tables;
    }

    private static String t(String key, Locale locale, Object... args) {
        return AppI18NProvider.text(key, locale, args);
    }
}
