package vn.reformdesk.rankings.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ui.ApexChart;
import vn.reformdesk.base.ui.Card;
import vn.reformdesk.base.ui.ChartSpec;
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

    NationalResultsCard(List<NationalResult> results, Locale locale) {
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
            series.add(new ChartSpec.Series(AppI18NProvider.text("rankings.national.series." + kind.name(), locale), data));
        }
        ChartSpec spec = ChartSpec.of(ChartSpec.Type.LINE, "", years.stream().map(String::valueOf).toList(), series)
                .withValueFormat("%", 1).withHeight(300);
        ApexChart chart = new ApexChart(spec);
        chart.setId("rk-national-chart");
        Paragraph note = new Paragraph(AppI18NProvider.text("rankings.national.scale-note", locale));
        note.addClassName("rd-note");

        Grid<Integer> table = new Grid<>();
        table.addClassName("rk-national-table");
        table.addColumn(String::valueOf).setHeader(AppI18NProvider.text("rankings.national.year", locale)).setWidth("5em").setFlexGrow(0);
        for (NationalResult.Kind kind : NationalResult.Kind.values()) {
            Map<Integer, NationalResult> m = byKind.get(kind);
            if (m == null) {
                continue;
            }
            table.addColumn(y -> m.containsKey(y) ? cell(m.get(y), locale) : "–")
                    .setHeader(AppI18NProvider.text("rankings.national.col." + kind.name(), locale)).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        }
        List<Integer> newestFirst = new ArrayList<>(years);
        java.util.Collections.reverse(newestFirst);
        table.setItems(newestFirst);
        table.setAllRowsVisible(true);
        add(chart, note, table);
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
