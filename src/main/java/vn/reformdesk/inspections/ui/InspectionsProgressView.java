package vn.reformdesk.inspections.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.reformdesk.base.ui.DrillDown;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ui.ApexChart;
import vn.reformdesk.base.ui.Card;
import vn.reformdesk.base.ui.FigureLink;
import vn.reformdesk.base.ui.ChartSpec;
import vn.reformdesk.inspections.Inspection;
import vn.reformdesk.inspections.InspectionCommands;
import vn.reformdesk.inspections.InspectionQueries;
import vn.reformdesk.inspections.RecommendationCommands;
import vn.reformdesk.inspections.RecommendationQueries;
import vn.reformdesk.inspections.RecommendationFilter;
import vn.reformdesk.inspections.UnitBacklog;
import vn.reformdesk.inspections.InspectionType;
import vn.reformdesk.inspections.ProgressReport;
import vn.reformdesk.inspections.SuggestionRanking;
import vn.reformdesk.inspections.Topic;
import vn.reformdesk.inspections.UnitFigures;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * Inspection progress of the selected unit and period: inspected / planned, by type and topic, postponed
 * inspections, recommendations; the drill-down per district and department (click to go down); suggestions
 * for the next surprise inspections, each with its numbers.
 */
@Route("inspections")
@PageTitle("ReformDesk")
@Menu(order = 40, title = "inspections.nav", icon = "vaadin:clipboard-check")
@PermitAll
class InspectionsProgressView extends InspectionsPage {

    private final UnitService units;

    private final InspectionCommands commands;

    InspectionsProgressView(SelectionService selections, InspectionQueries service, InspectionCommands commands, CurrentUserService users, vn.reformdesk.base.ReportingClock clock, UnitService units) {
        super(selections, service, users, clock);
        this.commands = commands;
        this.units = units;
        addClassName("inspections-progress");
    }

    @Override
    protected void show() {
        Locale locale = getLocale();
        long unitId = selection.unit().id();
        ProgressReport p = service.progress(unitId, selection.period(), asOf);
        Map<String, Topic> topics = service.topics().stream().collect(Collectors.toMap(Topic::code, Function.identity()));

        SelectionService.Resolved shown = selection;
        LocalDate cutOff = asOf;
        add(vn.reformdesk.base.ui.ExcelDownload.of(getTranslation("inspections.excel"), "tien-do-kiem-tra-" + shown.unit().code()
                + "-" + shown.period().code(), () -> InspectionExport.progress(service, shown, cutOff, topics, locale)));
        if (mayWrite) {
            Button plan = new Button(getTranslation("inspections.plan.new"), VaadinIcon.PLUS.create(), e ->
                    InspectionDialog.create(service, commands, units, clock.today(), selection.unit(), selection.period().year(),
                            this::render).open());
            plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            plan.setId("inspection-new");
            add(plan);
        }

        Div grid = new Div();
        grid.addClassName("card-grid");

        Div figures = new Div();
        figures.addClassName("rd-figures");
        Div main = Card.figure(Formats.integer(p.total().done(), locale) + "/" + Formats.integer(p.total().planned(), locale),
                getTranslation("inspections.progress.caption"));
        main.setId("inspections-progress-figure");
        FigureLink.opens(main, getTranslation("inspections.open-list"), () -> getUI().ifPresent(ui -> {
            java.util.Map<String, List<String>> query = new java.util.HashMap<>(selection.selection().toQuery().getParameters());
            query.put(InspectionsListView.STATUS_PARAMETER, List.of("done"));
            ui.navigate(InspectionsListView.class, new com.vaadin.flow.router.QueryParameters(query));
        }));
        figures.add(main, Card.figure(InspectionTexts.share(p.total().share(), locale), getTranslation("inspections.progress.share")));
        UnorderedList byType = new UnorderedList();
        byType.addClassName("insp-lines");
        for (ProgressReport.Line line : p.byType()) {
            byType.add(new ListItem(InspectionTexts.type(InspectionType.valueOf(line.key()), locale) + ": "
                    + getTranslation("inspections.progress.line", Formats.integer(line.done(), locale),
                    Formats.integer(line.planned(), locale), InspectionTexts.share(line.share(), locale))));
        }
        Paragraph definition = new Paragraph(getTranslation("inspections.progress.definition", Formats.integer(p.cancelled(), locale)));
        definition.addClassName("rd-note");
        grid.add(new Card(getTranslation("inspections.progress.title"), figures, byType, definition));

        ProgressReport.RecommendationSummary r = p.recommendations();
        Div recFigures = new Div();
        recFigures.addClassName("rd-figures");
        Div open = Card.figure(Formats.integer(r.open(), locale), getTranslation("inspections.recs.open"));
        open.setId("inspections-open-figure");
        Div overdue = Card.figure(Formats.integer(r.overdue(), locale), getTranslation("inspections.recs.overdue"));
        overdue.addClassName(r.overdue() > 0 ? "rd-status-red" : "rd-status-green");
        overdue.setId("inspections-overdue-figure");
        for (var link : List.of(java.util.Map.entry(open, "open"), java.util.Map.entry(overdue, "overdue"))) {
            FigureLink.opens(link.getKey(), getTranslation("inspections.recs.open-list"), () -> getUI().ifPresent(ui -> {
                java.util.Map<String, List<String>> query = new java.util.HashMap<>(selection.selection().toQuery().getParameters());
                query.put(RecommendationsView.RECS_PARAMETER, List.of(link.getValue()));
                ui.navigate(RecommendationsView.class, new com.vaadin.flow.router.QueryParameters(query));
            }));
        }
        recFigures.add(open, overdue, Card.figure(InspectionTexts.share(r.onTimeShare(), locale), getTranslation("inspections.recs.on-time")));
        Paragraph recDefinition = new Paragraph(getTranslation("inspections.recs.definition", Formats.integer(r.doneOnTime(), locale),
                Formats.integer(r.dueOrDone(), locale), Formats.date(r.asOf(), locale)));
        recDefinition.addClassName("rd-note");
        grid.add(new Card(getTranslation("inspections.recs.title"), recFigures, recDefinition));

        if (!p.byTopic().isEmpty()) {
            ChartSpec spec = ChartSpec.of(ChartSpec.Type.BAR, "",
                            p.byTopic().stream().map(l -> InspectionTexts.topic(l.key(), topics, locale)).toList(),
                            List.of(ChartSpec.Series.keyed("inspections.planned", getTranslation("inspections.chart.planned"), p.byTopic().stream().map(ProgressReport.Line::planned).toList()),
                                    ChartSpec.Series.keyed("inspections.done", getTranslation("inspections.chart.done"), p.byTopic().stream().map(ProgressReport.Line::done).toList())))
                    .withHorizontal(true).withHeight(Math.max(200, 46 * p.byTopic().size() + 70));
            ApexChart chart = new ApexChart(spec);
            chart.setId("inspections-topic-chart");
            grid.add(new Card(getTranslation("inspections.by-topic"), chart));
        }

        Div postponed = new Div();
        if (p.postponed().isEmpty()) {
            postponed.add(new Paragraph(getTranslation("inspections.postponed.none")));
        } else {
            UnorderedList list = new UnorderedList();
            for (Inspection i : p.postponed()) {
                list.add(new ListItem(UnitNames.name(i.target(), locale) + " – " + InspectionTexts.month(i, locale) + ": "
                        + (i.postponeReason() == null ? "" : i.postponeReason())));
            }
            postponed.add(list);
        }
        postponed.setId("inspections-postponed");
        grid.add(new Card(getTranslation("inspections.postponed.title", Formats.integer(p.postponed().size(), locale)), postponed));
        add(grid);

        List<UnitFigures> rows = service.drillDown(unitId, selection.period(), asOf);
        if (!rows.isEmpty()) {
            Grid<UnitFigures> drill = new Grid<>();
            drill.addClassName("inspections-drilldown");
            drill.addColumn(f -> UnitNames.name(f.unit(), locale) + (f.unit().id() == unitId ? " " + getTranslation("inspections.drill.itself") : ""))
                    .setHeader(getTranslation("unit.name")).setFlexGrow(3);
            drill.addColumn(f -> UnitNames.kind(f.unit().kind(), locale)).setHeader(getTranslation("unit.kind")).setFlexGrow(1);
            drill.addColumn(drillCell(unitId, UnitFigures::planned, false, "inspections.open-planned-list",
                    query -> query.put(InspectionsListView.FIGURE_PARAMETER, List.of(InspectionsListView.PLANNED)), InspectionsListView.class))
                    .setHeader(getTranslation("inspections.drill.planned")).setAutoWidth(true).setFlexGrow(0);
            drill.addColumn(drillCell(unitId, UnitFigures::done, false, "inspections.open-list",
                    query -> query.put(InspectionsListView.STATUS_PARAMETER, List.of("done")), InspectionsListView.class))
                    .setHeader(getTranslation("inspections.drill.done")).setAutoWidth(true).setFlexGrow(0);
            drill.addColumn(f -> InspectionTexts.share(f.share(), locale)).setHeader("%").setAutoWidth(true).setFlexGrow(0);
            drill.addColumn(drillCell(unitId, UnitFigures::open, false, "inspections.recs.open-list",
                    query -> query.put(RecommendationsView.RECS_PARAMETER, List.of("open")), RecommendationsView.class))
                    .setHeader(getTranslation("inspections.drill.open")).setAutoWidth(true).setFlexGrow(0);
            drill.addColumn(drillCell(unitId, UnitFigures::overdue, true, "inspections.recs.open-list",
                    query -> query.put(RecommendationsView.RECS_PARAMETER, List.of("overdue")), RecommendationsView.class))
                    .setHeader(getTranslation("inspections.drill.overdue")).setAutoWidth(true).setFlexGrow(0);
            drill.setItems(rows);
            drill.setAllRowsVisible(true);
            DrillDown.rows(drill, row -> {
                if (row.unit().id() != unitId) {
                    getUI().ifPresent(ui -> ui.navigate(InspectionsProgressView.class, selection.selection().withUnit(row.unit().code()).toQuery()));
                }
            });
            Paragraph hint = new Paragraph(getTranslation("inspections.drill.hint"));
            hint.addClassName("rd-note");
            Card card = new Card(getTranslation("inspections.drill.title"), hint, drill);
            card.setWidthFull();
            add(card);
        }

        List<SuggestionRanking.Suggestion> suggestions = service.suggestions(unitId, selection.period(), asOf, 8);
        Div sugg = new Div();
        sugg.setId("inspections-suggestions");
        if (suggestions.isEmpty()) {
            sugg.add(new Paragraph(getTranslation("inspections.suggest.none")));
        } else {
            OrderedList list = new OrderedList();
            for (SuggestionRanking.Suggestion s : suggestions) {
                Span name = new Span(UnitNames.name(s.unit(), locale));
                name.addClassName("insp-suggest-name");
                Span score = new Span(getTranslation("inspections.suggest.score", Formats.decimal(s.score() * 100, 0, locale)));
                score.addClassName("rd-badge");
                score.addClassName(s.score() >= 0.66 ? "red" : s.score() >= 0.33 ? "amber" : "grey");
                String why = s.evidence().stream().map(ev -> getTranslation(ev.labelKey()) + " "
                                + Formats.decimal(ev.value(), ev.value() == Math.rint(ev.value()) ? 0 : 1, locale) + ev.suffix()
                                + " " + getTranslation("inspections.suggest.average", Formats.decimal(ev.average(), 1, locale) + ev.suffix()))
                        .collect(Collectors.joining("; "));
                Span explanation = new Span(why);
                explanation.addClassName("rd-note");
                ListItem item = new ListItem(name, new Span(" "), score, new Div(explanation));
                list.add(item);
            }
            sugg.add(list);
        }
        Paragraph how = new Paragraph(getTranslation("inspections.suggest.how"));
        how.addClassName("rd-note");
        Card card = new Card(getTranslation("inspections.suggest.title"), sugg, how);
        card.setWidthFull();
        add(card);
    }

    /**
     * A count cell of the drill-down: it opens the list it counts, same period and "as of" (a click on the cell does
     * not also drill down). A child unit's cell lists the child's subtree; the unit's own row counts only the records
     * of the unit itself, so its cells open the unit's list narrowed to the unit itself ({@code only=itself}).
     */
    private LitRenderer<UnitFigures> drillCell(long unitId, ToLongFunction<UnitFigures> value, boolean redWhenAny, String titleKey,
                                               Consumer<Map<String, List<String>>> filter, Class<? extends Component> list) {
        Locale locale = getLocale();
        return FigureLink.column(f -> Formats.integer(value.applyAsLong(f), locale),
                f -> "insp-drill-count" + (redWhenAny && value.applyAsLong(f) > 0 ? " rd-status-red" : ""),
                getTranslation(titleKey), f -> getUI().ifPresent(ui -> {
                    Map<String, List<String>> query = new HashMap<>(selection.selection().withUnit(f.unit().code()).toQuery().getParameters());
                    filter.accept(query);
                    if (f.unit().id() == unitId) {
                        query.put(InspectionsListView.ONLY_PARAMETER, List.of(InspectionsListView.ITSELF));
                    }
                    ui.navigate(list, new QueryParameters(query));
                }));
    }
}
