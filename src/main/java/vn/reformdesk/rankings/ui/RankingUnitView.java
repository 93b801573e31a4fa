package vn.reformdesk.rankings.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.reformdesk.base.ui.ApexChart;
import vn.reformdesk.base.ui.Card;
import vn.reformdesk.base.ui.ChartSpec;
import vn.reformdesk.rankings.IndexDef;
import vn.reformdesk.rankings.IndexService;
import vn.reformdesk.rankings.RankingService;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * One unit in an index: its areas against the province average and the best unit (radar, as % of each
 * area's maximum), its score and rank over the years, and where it lost its points (criterion level: the
 * unit's own leaders and the committee only; the service enforces it).
 */
@Route("rankings/unit")
@PageTitle("ReformDesk")
@PermitAll
class RankingUnitView extends VerticalLayout implements BeforeEnterObserver {

    private final SelectionService selections;
    private final IndexService indexes;
    private final RankingService rankings;
    private final UnitService units;
    private final vn.reformdesk.base.ReportingClock clock;

    RankingUnitView(SelectionService selections, IndexService indexes, RankingService rankings, UnitService units,
                    vn.reformdesk.base.ReportingClock clock) {
        this.clock = clock;
        this.selections = selections;
        this.indexes = indexes;
        this.rankings = rankings;
        this.units = units;
        addClassName("ranking-unit-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Locale locale = getLocale();
        SelectionService.Resolved sel = selections.resolve(event.getLocation().getQueryParameters());
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        int year = sel.period().year();
        long provinceId = rankings.provinceOf(sel.unit());
        List<IndexDef> all = indexes.indexes(provinceId, year);
        Optional<String> code = first(params, RankingUi.INDEX);
        Optional<String> of = first(params, RankingUi.OF);
        UnitRef probe = sel.unit();
        Optional<IndexDef> found = code.flatMap(c -> all.stream().filter(i -> i.code().equals(c)).findFirst())
                .or(() -> all.stream().filter(i -> i.tiers().contains(probe.tier())).findFirst());
        if (found.isEmpty()) {
            add(new H1(UnitNames.name(sel.unit(), locale)), new Paragraph(getTranslation("rankings.none", String.valueOf(year))));
            return;
        }
        IndexDef index = found.get();
        UnitRef unit = of.map(c -> rankings.rankedUnit(index, c).orElseThrow(() -> new NoSuchElementException("unknown unit " + c)))
                .orElse(sel.unit());

        Anchor back = new Anchor("rankings?" + new QueryParameters(Map.of("unit", List.of(sel.unit().code()),
                "period", List.of(sel.period().code()), RankingUi.INDEX, List.of(index.code()))).getQueryString(),
                "‹ " + getTranslation("rankings.back"));
        back.setId("rk-back");
        add(back, new H1(UnitNames.name(unit, locale)));
        RankingService.Ranking ranking = rankings.ranking(index, unit.tier(), rankings.province(index));
        Optional<RankingService.RankingRow> row = ranking.row(unit.id());
        if (row.isEmpty()) {
            add(new Paragraph(getTranslation(ranking.visible() ? "rankings.unit.no-scores" : "rankings.not-published")));
            return;
        }
        RankingService.RankingRow r = row.get();
        Paragraph summary = new Paragraph(getTranslation("rankings.unit.summary", index.name(locale), String.valueOf(year),
                String.valueOf(r.rank()), String.valueOf(ranking.rows().size()), RankingUi.score(index, r.score(), locale),
                r.band() == null ? "–" : r.band().label(locale)));
        summary.setId("rk-unit-summary");
        add(summary);

        Div cards = new Div();
        cards.addClassName("card-grid");
        List<RankingService.AreaComparison> areas = rankings.areas(index, unit);
        List<String> names = areas.stream().map(a -> a.area().code() + ". " + a.area().name(locale)).toList();
        ChartSpec radar = ChartSpec.of(ChartSpec.Type.BAR, "", names, List.of(
                        new ChartSpec.Series(UnitNames.name(unit, locale), areas.stream().map(a -> share(a.points(), a.area().max())).toList()),
                        new ChartSpec.Series(getTranslation("rankings.unit.average"), areas.stream().map(a -> share(a.average(), a.area().max())).toList()),
                        new ChartSpec.Series(getTranslation("rankings.unit.best", UnitNames.name(ranking.rows().getFirst().unit(), locale)),
                                areas.stream().map(a -> share(a.best(), a.area().max())).toList())))
                .withValueFormat("%", 1).withHorizontal(true).withHeight(60 + 52 * names.size()).withYMax(100.0);
        ApexChart radarChart = new ApexChart(radar);
        radarChart.setId("rk-areas-chart");
        Paragraph radarNote = new Paragraph(getTranslation("rankings.unit.radar-note"));
        radarNote.addClassName("rd-note");
        cards.add(new Card(getTranslation("rankings.unit.areas"), radarChart, radarNote));

        List<RankingService.TrendPoint> trend = rankings.trend(index, unit);
        ChartSpec trendSpec = ChartSpec.of(trend.size() < 3 ? ChartSpec.Type.BAR : ChartSpec.Type.LINE, "", trend.stream().map(t -> String.valueOf(t.year())).toList(),
                        List.of(new ChartSpec.Series(getTranslation("rankings.col.score"), trend.stream().map(t -> t.score().doubleValue()).toList())))
                .withValueFormat(index.scale() == vn.reformdesk.rankings.Scale.PERCENT ? "%" : "", 2).withHeight(260);
        ApexChart trendChart = new ApexChart(trendSpec);
        trendChart.setId("rk-trend");
        Paragraph ranks = new Paragraph(String.join(" · ", trend.stream().map(t -> t.approximate()
                ? getTranslation("rankings.unit.approx-in-year", String.valueOf(t.year()), String.valueOf(t.of()))
                : getTranslation("rankings.unit.rank-in-year", String.valueOf(t.year()), String.valueOf(t.rank()), String.valueOf(t.of()))).toList()));
        ranks.addClassName("rd-note");
        cards.add(new Card(getTranslation("rankings.unit.trend"), trendChart, ranks));
        add(cards);

        if (rankings.canSeeDetail(unit)) {
            add(lostPoints(index, unit, ranking, locale));
        } else {
            Paragraph p = new Paragraph(getTranslation("rankings.unit.detail-restricted"));
            p.setId("rk-detail-restricted");
            p.addClassName("rd-note");
            add(p);
        }
    }

    private Card lostPoints(IndexDef index, UnitRef unit, RankingService.Ranking ranking, Locale locale) {
        List<RankingService.LostPoints> lost = rankings.lostPoints(index, units.readable(unit));
        Grid<RankingService.LostPoints> grid = new Grid<>();
        grid.setId("rk-lost");
        grid.addClassName("rk-lost");
        grid.addColumn(l -> l.criterion().code()).setHeader(getTranslation("rankings.col.criterion")).setWidth("6em").setFlexGrow(0);
        grid.addColumn(l -> l.criterion().name(locale) + (l.criterion().survey() ? " (" + getTranslation("rankings.col.survey") + ")" : ""))
                .setHeader(getTranslation("rankings.lost.criterion")).setWidth("16em").setFlexGrow(3);
        grid.addColumn(l -> l.area().code() + ". " + l.area().name(locale)).setHeader(getTranslation("rankings.lost.area")).setWidth("12em").setFlexGrow(2);
        grid.addColumn(l -> RankingUi.points(l.points(), locale) + " / " + RankingUi.points(l.criterion().max(), locale))
                .setHeader(getTranslation("rankings.lost.points")).setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> RankingUi.points(l.lostVsMax(), locale)).setHeader(getTranslation("rankings.lost.vs-max"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setPartNameGenerator(l -> l.lostVsMax().signum() > 0 ? "rk-lost-cell" : null);
        boolean bestDetail = lost.stream().anyMatch(l -> l.best() != null);
        if (bestDetail) {
            grid.addColumn(l -> l.best() == null ? "–" : RankingUi.points(l.best(), locale)).setHeader(getTranslation("rankings.lost.best"))
                    .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
            grid.addColumn(l -> l.lostVsBest() == null ? "–" : RankingUi.points(l.lostVsBest(), locale))
                    .setHeader(getTranslation("rankings.lost.vs-best")).setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        }
        // full criterion names: cells wrap instead of cutting the name to a few characters
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(lost);
        grid.setAllRowsVisible(true);
        BigDecimal total = lost.stream().map(RankingService.LostPoints::lostVsMax).reduce(BigDecimal.ZERO, BigDecimal::add);
        RankingService.RankingRow best = ranking.rows().getFirst();
        Paragraph note = new Paragraph(getTranslation("rankings.lost.note", RankingUi.points(total, locale),
                UnitNames.name(best.unit(), locale)));
        note.addClassName("rd-note");
        Paragraph bestNote = new Paragraph(getTranslation(bestDetail ? "rankings.lost.best-note" : "rankings.lost.best-total-only",
                UnitNames.name(best.unit(), locale), RankingUi.score(index, best.score(), locale)));
        bestNote.addClassName("rd-note");
        bestNote.setId("rk-lost-best");
        var excel = vn.reformdesk.base.ui.ExcelDownload.of(getTranslation("rankings.lost.excel"),
                "mat-diem-" + unit.code() + "-" + index.code() + "-" + index.year(),
                () -> List.of(LostPointsExport.lostPoints(rankings, index, units.readable(unit),
                        clock.asOf(vn.reformdesk.base.Period.year(index.year())), locale)));
        excel.setId("rk-lost-excel");
        return new Card(getTranslation("rankings.lost.title"), note, bestNote, excel, grid);
    }

    private static Number share(BigDecimal value, BigDecimal max) {
        return value.multiply(BigDecimal.valueOf(100)).divide(max, 1, RoundingMode.HALF_UP).doubleValue();
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return Optional.ofNullable(params.get(name)).flatMap(l -> l.stream().findFirst()).filter(s -> !s.isBlank());
    }

}
