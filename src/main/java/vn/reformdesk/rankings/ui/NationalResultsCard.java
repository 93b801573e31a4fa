package vn.reformdesk.rankings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ui.ApexChart;
import vn.reformdesk.base.ui.Card;
import vn.reformdesk.base.ui.ChartSpec;
import vn.reformdesk.base.ui.TextParts;
import vn.reformdesk.rankings.NationalPart;
import vn.reformdesk.rankings.NationalPartRow;
import vn.reformdesk.rankings.NationalResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The province's national results over the years. Each value keeps the scale of its year: PAR INDEX and
 * SIPAS in %, PAPI in points of 60 (until 2017) or 80 (since 2018), the 766 index in points of 100. The
 * chart puts all on one axis as % of their scale and says so; the table shows the values as published.
 */
class NationalResultsCard extends Card {

    NationalResultsCard(List<NationalResult> results, List<NationalPartRow> parts, Locale locale) {
        super(AppI18NProvider.text("rankings.national.title", locale));
        setId("rk-national");
        addClassName("rk-national");
        if (results.isEmpty()) {
            add(new Paragraph(AppI18NProvider.text("rankings.national.none", locale)));
            return;
        }
        List<Integer> years = new ArrayList<>(new TreeSet<>(results.stream().map(NationalResult::year).toList()));
        Map<NationalResult.Kind, Map<Integer, NationalResult>> byKind = results.stream().collect(Collectors.groupingBy(NationalResult::kind,
                Collectors.toMap(NationalResult::year, r -> r)));
        List<ChartSpec.Series> series = new ArrayList<>();
        for (NationalResult.Kind kind : NationalResult.Kind.values()) {
            Map<Integer, NationalResult> m = byKind.get(kind);
            if (m == null) {
                continue;
            }
            List<Number> data = years.stream().map(y -> m.containsKey(y) ? (Number) m.get(y).percentOfScale().doubleValue() : null).toList();
            series.add(ChartSpec.Series.keyed("rankings.national." + kind.name(), AppI18NProvider.text("rankings.national.series." + kind.name(), locale), data));
        }
        ChartSpec spec = ChartSpec.of(ChartSpec.Type.LINE, "", years.stream().map(String::valueOf).toList(), series)
                .withValueFormat("%", 1).withHeight(300);
        ApexChart chart = new ApexChart(spec);
        chart.setId("rk-national-chart");
        Paragraph note = new Paragraph(AppI18NProvider.text("rankings.national.scale-note", locale));
        note.addClassName("rd-note");

        List<TextParts.Column> columns = new ArrayList<>(List.of(new TextParts.Column(AppI18NProvider.text("rankings.national.year", locale), false)));
        List<Map<Integer, NationalResult>> shown = new ArrayList<>();
        for (NationalResult.Kind kind : NationalResult.Kind.values()) {
            Map<Integer, NationalResult> m = byKind.get(kind);
            if (m != null) {
                columns.add(new TextParts.Column(AppI18NProvider.text("rankings.national.col." + kind.name(), locale), true));
                shown.add(m);
            }
        }
        List<Integer> newestFirst = new ArrayList<>(years);
        java.util.Collections.reverse(newestFirst);
        List<List<String>> rows = new ArrayList<>();
        for (int y : newestFirst) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(y)));
            shown.forEach(m -> row.add(m.containsKey(y) ? cell(m.get(y), locale) : "–"));
            rows.add(row);
        }
        Div table = TextParts.table(new Div(), columns, rows);
        table.addClassName("rk-national-table");
        add(chart, note, table);
        addParts(parts, locale);
    }

    /**
     * The parts of the results of one year (the newest by default, another chosen from a list): per index its
     * component indices, dimensions, elements or groups, each with the change since the year before and its rank.
     */
    private void addParts(List<NationalPartRow> parts, Locale locale) {
        if (parts.isEmpty()) {
            Paragraph none = new Paragraph(AppI18NProvider.text("rankings.national.parts.none", locale));
            none.setId("rk-national-parts-none");
            add(none);
            return;
        }
        List<Integer> years = new ArrayList<>(new TreeSet<>(parts.stream().map(p -> p.part().year()).toList()));
        java.util.Collections.reverse(years);
        Div holder = new Div();
        holder.setId("rk-national-parts");
        holder.setWidthFull();
        Select<Integer> year = new Select<>();
        year.setId("rk-national-parts-year");
        year.setLabel(AppI18NProvider.text("rankings.national.parts.year", locale));
        year.setItems(years);
        year.setItemLabelGenerator(String::valueOf);
        year.addValueChangeListener(e -> {
            holder.removeAll();
            if (e.getValue() != null) {
                fillParts(holder, parts, e.getValue(), locale);
            }
        });
        Paragraph note = new Paragraph(AppI18NProvider.text("rankings.national.parts.note", locale));
        note.addClassName("rd-note");
        add(year, holder, note);
        year.setValue(years.getFirst());
    }

    private static void fillParts(Div holder, List<NationalPartRow> parts, int year, Locale locale) {
        holder.add(new H4(AppI18NProvider.text("rankings.national.parts.title", locale, String.valueOf(year))));
        for (NationalResult.Kind kind : NationalResult.Kind.values()) {
            List<NationalPartRow> rows = parts.stream().filter(p -> p.part().year() == year && p.part().kind() == kind).toList();
            if (rows.isEmpty()) {
                continue;
            }
            Div grid = TextParts.table(new Div(), List.of(
                            new TextParts.Column(AppI18NProvider.text("rankings.national.col." + kind.name(), locale), false),
                            new TextParts.Column(AppI18NProvider.text("rankings.national.parts.col.value", locale), true),
                            new TextParts.Column(AppI18NProvider.text("rankings.national.parts.col.change", locale), true),
                            new TextParts.Column(AppI18NProvider.text("rankings.national.parts.col.rank", locale), true)),
                    rows.stream().map(r -> List.of(r.part().code() + ". " + AppI18NProvider.text(r.part().nameKey(), locale),
                            partValue(r.part(), locale), change(r, locale), rank(r, locale))).toList());
            grid.setId("rk-national-parts-" + kind.name());
            grid.addClassName("rk-national-parts-grid");
            holder.add(grid);
        }
    }

    static String partValue(NationalPart p, Locale locale) {
        return p.kind() == NationalResult.Kind.PAR_INDEX || p.kind() == NationalResult.Kind.SIPAS
                ? Formats.percent(p.value().doubleValue(), locale)
                : AppI18NProvider.text("rankings.national.of-scale", locale, Formats.decimal(p.value().doubleValue(), 2, locale),
                Formats.decimal(p.max().doubleValue(), 0, locale));
    }

    /** "+0,42" or "−1,10" (points), or "no year before". */
    static String change(NationalPartRow r, Locale locale) {
        java.math.BigDecimal c = r.change();
        if (c == null) {
            return AppI18NProvider.text("rankings.national.parts.new", locale);
        }
        String number = Formats.decimal(Math.abs(c.doubleValue()), 2, locale);
        return (c.signum() > 0 ? "+" : c.signum() < 0 ? "−" : "±") + number;
    }

    static String rank(NationalPartRow r, Locale locale) {
        if (r.part().rank() == null) {
            return "–";
        }
        String rank = String.valueOf(r.part().rank());
        Integer moved = r.rankChange();
        if (moved == null) {
            return rank;
        }
        String key = moved > 0 ? "rankings.national.parts.rank-up" : moved < 0 ? "rankings.national.parts.rank-down" : "rankings.national.parts.rank-same";
        return rank + " (" + AppI18NProvider.text(key, locale, String.valueOf(Math.abs(moved))) + ")";
    }

    static String cell(NationalResult r, Locale locale) {
        String value = r.kind() == NationalResult.Kind.PAR_INDEX || r.kind() == NationalResult.Kind.SIPAS
                ? Formats.percent(r.value().doubleValue(), locale)
                : AppI18NProvider.text("rankings.national.of-scale", locale, Formats.decimal(r.value().doubleValue(), 2, locale),
                Formats.decimal(r.scaleMax().doubleValue(), 0, locale));
        if (r.rank() != null) {
            value += " · " + AppI18NProvider.text("rankings.national.rank", locale, String.valueOf(r.rank()),
                    r.provinces() == null ? "?" : String.valueOf(r.provinces()));
        }
        return value;
    }
}
