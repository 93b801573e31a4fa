package vn.reformdesk.overview.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ui.ApexChart;
import vn.reformdesk.base.ui.Card;
import vn.reformdesk.base.ui.ChartSpec;
import vn.reformdesk.base.ui.PeriodLabels;
import vn.reformdesk.overview.OverviewCard;
import vn.reformdesk.overview.OverviewWorkbook;
import vn.reformdesk.base.ui.ExcelDownload;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitService;
import vn.reformdesk.units.UnitTier;

import java.util.Comparator;
import java.util.List;

/** The home page: the selected unit's make-up and the features' cards for the unit and period. */
@Route("")
@PageTitle("ReformDesk")
@Menu(order = 0, title = "nav.overview", icon = "vaadin:dashboard")
@PermitAll
class OverviewView extends VerticalLayout implements BeforeEnterObserver {

    private final SelectionService selections;
    private final UnitService units;
    private final List<OverviewCard> cards;
    private final OverviewWorkbook workbook;

    OverviewView(SelectionService selections, UnitService units, List<OverviewCard> cards, OverviewWorkbook workbook) {
        this.selections = selections;
        this.units = units;
        this.workbook = workbook;
        this.cards = cards.stream().sorted(Comparator.comparingInt(OverviewCard::order)).toList();
        addClassName("overview-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SelectionService.Resolved sel = selections.resolve(event.getLocation().getQueryParameters());
        var locale = getLocale();
        add(new H1(UnitNames.name(sel.unit(), locale)));
        Paragraph line = new Paragraph(UnitNames.kind(sel.unit().kind(), locale) + " · " + getTranslation("unit.code") + " "
                + sel.unit().code() + " · " + PeriodLabels.label(sel.period(), locale));
        var excel = ExcelDownload.of(getTranslation("overview.excel"), "tong-quan-" + sel.unit().code() + "-" + sel.period().code(),
                () -> workbook.tables(sel.unit(), sel.period(), locale));
        excel.setId("overview-excel");
        HorizontalLayout head = new HorizontalLayout(line, excel);
        head.setAlignItems(Alignment.BASELINE);
        add(head);

        Div grid = new Div();
        grid.addClassName("card-grid");
        Div figures = new Div();
        figures.addClassName("rd-figures");
        var counts = units.childCountsByKind(sel.unit().id(), sel.period());
        if (counts.isEmpty()) {
            figures.add(new Paragraph(getTranslation("overview.no-children")));
        }
        counts.forEach(c -> figures.add(Card.figure(Formats.integer(c.count(), locale), UnitNames.kind(c.kind(), locale))));
        grid.add(new Card(getTranslation("overview.units.title"), figures));

        var sizes = units.childSizes(sel.unit().id(), sel.period()).stream()
                .filter(s -> s.unit().tier() != UnitTier.DEPARTMENT).toList();
        if (sizes.stream().anyMatch(s -> s.children() > 0)) {
            ChartSpec spec = ChartSpec.of(ChartSpec.Type.BAR, "",
                            sizes.stream().map(s -> UnitNames.name(s.unit(), locale)).toList(),
                            List.of(new ChartSpec.Series(getTranslation("overview.chart.series"),
                                    sizes.stream().map(s -> s.children()).toList())))
                    .withHorizontal(true).withHeight(Math.max(220, 28 * sizes.size() + 60));
            ApexChart chart = new ApexChart(spec);
            chart.setId("overview-units-chart");
            grid.add(new Card(getTranslation("overview.chart.title"), chart));
        } else if (!counts.isEmpty()) {
            ChartSpec spec = ChartSpec.of(ChartSpec.Type.DONUT, "",
                    counts.stream().map(c -> UnitNames.kind(c.kind(), locale)).toList(),
                    List.of(new ChartSpec.Series(getTranslation("overview.chart.series"),
                            counts.stream().map(UnitService.KindCount::count).toList()))).withHeight(260)
                    .withCategoryKeys(counts.stream().map(c -> "unit.kind." + c.kind()).toList());
            ApexChart chart = new ApexChart(spec);
            chart.setId("overview-units-chart");
            grid.add(new Card(getTranslation("overview.chart.kinds"), chart));
        }
        for (OverviewCard card : cards) {
            card.create(sel.unit(), sel.period(), locale).ifPresent(grid::add);
        }
        add(grid);
    }
}
