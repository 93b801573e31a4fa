package vn.reformdesk.targets.ui;

import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.scorecard.FieldScorecard;
import vn.reformdesk.scorecard.MeasureDef;
import vn.reformdesk.scorecard.MeasureTexts;
import vn.reformdesk.targets.TargetService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The targets page as Excel: the targets in force for the unit and year (value, where it comes from, the unit's own
 * and the province-wide default) and the history of changes, as the page shows them, under the common header.
 */
final class TargetsExport {

    /** As many changes as the page lists. */
    static final int HISTORY = 50;

    private TargetsExport() {
    }

    static List<TargetsView.Line> lines(TargetService targets, List<FieldScorecard> fields, UnitRef unit, int year) {
        return fields.stream().flatMap(f -> f.definitions().stream())
                .map(d -> new TargetsView.Line(d, targets.value(d.targetId(), unit, year), targets.defaultTarget(d.targetId(), year)))
                .toList();
    }

    static List<TableWorkbook.Table> tables(TargetService targets, List<FieldScorecard> fields, UnitRef unit, int year, LocalDate asOf,
                                            Locale locale) {
        List<TargetsView.Line> lines = lines(targets, fields, unit, year);
        List<String> head = List.of(t("targets.excel.head", locale, UnitNames.name(unit, locale), unit.code(), Integer.toString(year)),
                t("targets.excel.as-of", locale, Formats.date(asOf, locale)));
        TableWorkbook.Table inForce = new TableWorkbook.Table(t("targets.nav", locale), head,
                List.of(t("targets.col.field", locale), t("targets.col.measure", locale), t("targets.col.in-force", locale),
                        t("targets.col.source", locale), t("targets.col.own", locale), t("targets.col.default", locale)),
                lines.stream().<List<?>>map(l -> Arrays.asList(MeasureTexts.field(l.def().field(), locale), t(l.def().labelKey(), locale, ""),
                        l.value().effective() == null ? null : l.value().effective().value(),
                        l.value().effective() == null ? null : MeasureTexts.source(l.value().effective().source(), l.value().fromUnit(), locale),
                        l.value().own(), l.byDefault() == null ? null : l.byDefault().value())).toList());
        Map<String, MeasureDef> defs = lines.stream().map(TargetsView.Line::def)
                .collect(Collectors.toMap(MeasureDef::targetId, Function.identity(), (a, b) -> a));
        TableWorkbook.Table history = new TableWorkbook.Table(t("targets.history", locale), head,
                List.of(t("targets.col.when", locale), t("targets.col.who", locale), t("targets.col.measure", locale), t("targets.col.for", locale),
                        t("targets.col.year", locale), t("targets.col.old", locale), t("targets.col.new", locale)),
                targets.history(unit, HISTORY).stream().<List<?>>map(c -> Arrays.asList(
                        Formats.dateTime(c.at().atZoneSameInstant(ReportingClock.ZONE).toLocalDateTime(), locale), c.by(),
                        defs.containsKey(c.targetId()) ? t(defs.get(c.targetId()).labelKey(), locale, "") : c.targetId(),
                        c.unitName() == null ? t("scorecard.source.PROVINCE_DEFAULT", locale) : c.unitName(), c.year(), c.oldValue(),
                        c.newValue())).toList());
        return List.of(inForce, history);
    }

    private static String t(String key, Locale locale, Object... args) {
        return AppI18NProvider.text(key, locale, args);
    }
}
