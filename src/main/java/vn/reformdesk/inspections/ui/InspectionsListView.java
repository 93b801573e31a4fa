package vn.reformdesk.inspections.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.reformdesk.base.ui.DrillDown;
import vn.reformdesk.base.Formats;
import vn.reformdesk.inspections.Inspection;
import vn.reformdesk.inspections.InspectionFilter;
import vn.reformdesk.inspections.InspectionCommands;
import vn.reformdesk.inspections.InspectionQueries;
import vn.reformdesk.inspections.RecommendationCommands;
import vn.reformdesk.inspections.RecommendationQueries;
import vn.reformdesk.inspections.RecommendationFilter;
import vn.reformdesk.inspections.UnitBacklog;
import vn.reformdesk.inspections.InspectionStatus;
import vn.reformdesk.inspections.Topic;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitService;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The inspections of the selected unit's subtree and period in a lazy grid; the secretariat plans and records here. */
@Route("inspections/list")
@PageTitle("ReformDesk")
@PermitAll
class InspectionsListView extends InspectionsPage {

    private final UnitService units;

    private final InspectionCommands commands;

    InspectionsListView(SelectionService selections, InspectionQueries service, InspectionCommands commands, CurrentUserService users, vn.reformdesk.base.ReportingClock clock, UnitService units) {
        super(selections, service, users, clock);
        this.commands = commands;
        this.units = units;
        addClassName("inspections-list");
        setSizeFull();
    }

    /** URL parameter: the status the list opens on (the "inspected" figure opens {@code status=done}). */
    static final String STATUS_PARAMETER = "status";
    /** URL parameter: {@code figure=planned} lists what the "planned" figure counts (every status but cancelled). */
    static final String FIGURE_PARAMETER = "figure";
    static final String PLANNED = "planned";
    /** URL parameter: {@code only=itself} lists the unit's own records, not its subtree's (the drill-down's own row). */
    static final String ONLY_PARAMETER = "only";
    static final String ITSELF = "itself";
    private @org.jspecify.annotations.Nullable InspectionStatus openOn;
    private boolean counted;
    private boolean itself;

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        openOn = event.getLocation().getQueryParameters().getSingleParameter(STATUS_PARAMETER)
                .flatMap(v -> java.util.Arrays.stream(InspectionStatus.values())
                        .filter(s -> s.name().equalsIgnoreCase(v)).findFirst())
                .orElse(null);
        var q = event.getLocation().getQueryParameters();
        counted = q.getSingleParameter(FIGURE_PARAMETER).filter(PLANNED::equals).isPresent();
        itself = q.getSingleParameter(ONLY_PARAMETER).filter(ITSELF::equals).isPresent();
        super.beforeEnter(event);
    }

    /** The selected unit's inspections of the period, narrowed as the figure that opened the list counts them. */
    private InspectionFilter base() {
        return InspectionFilter.of(selection.unit().id(), selection.period()).counted(counted).itself(itself);
    }

    @Override
    protected void show() {
        Locale locale = getLocale();
        Map<String, Topic> topics = service.topics().stream().collect(Collectors.toMap(Topic::code, Function.identity()));
        Grid<Inspection> grid = new Grid<>();
        grid.addClassName("inspections-grid");
        com.vaadin.flow.component.html.Span count = new com.vaadin.flow.component.html.Span();
        count.setId("inspections-count");
        count.addClassName("rd-note");
        InspectionFilters[] holder = new InspectionFilters[1];
        Runnable recount = () -> count.setText(getTranslation("inspections.list.count",
                service.count(holder[0].apply(base()))));
        InspectionFilters filters = new InspectionFilters(locale, () -> {
            grid.getDataProvider().refreshAll();
            recount.run();
        });
        holder[0] = filters;
        filters.showStatus(openOn);
        recount.run();
        grid.addColumn(i -> InspectionTexts.when(i, locale)).setHeader(getTranslation("inspections.col.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> UnitNames.name(i.target(), locale)).setHeader(getTranslation("inspections.field.target")).setFlexGrow(2);
        grid.addColumn(i -> InspectionTexts.type(i.type(), locale)).setHeader(getTranslation("inspections.field.type")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> InspectionTexts.topic(i.topicCode(), topics, locale)).setHeader(getTranslation("inspections.field.topic")).setFlexGrow(2);
        grid.addColumn(Inspection::teamLead).setHeader(getTranslation("inspections.field.teamLead")).setFlexGrow(1);
        grid.addComponentColumn(i -> InspectionTexts.statusBadge(i.status(), locale)).setHeader(getTranslation("inspections.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.recommendations() == 0 ? "" : getTranslation("inspections.col.recs.value",
                        Formats.integer(i.openRecommendations(), locale), Formats.integer(i.recommendations(), locale)))
                .setHeader(getTranslation("inspections.col.recs")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> service.list(filters.apply(base()), q.getOffset(), q.getLimit()).stream(),
                q -> service.count(filters.apply(base())));
        DrillDown.rows(grid, row -> InspectionDialog.open(service, commands, units, clock.today(), row.id(), mayWrite,
                () -> grid.getDataProvider().refreshAll()).open());
        grid.setSizeFull();
        grid.setMinHeight("24rem");

        HorizontalLayout bar = new HorizontalLayout(filters, count);
        if (counted || itself) {
            com.vaadin.flow.component.html.Span narrowed = new com.vaadin.flow.component.html.Span(String.join(" · ",
                    java.util.stream.Stream.of(counted ? getTranslation("inspections.list.planned-only") : null,
                            itself ? getTranslation("inspections.list.itself", UnitNames.name(selection.unit(), locale)) : null)
                            .filter(java.util.Objects::nonNull).toList()));
            narrowed.setId("inspections-narrowed");
            narrowed.addClassName("rd-note");
            bar.add(narrowed);
        }
        bar.setAlignItems(FlexComponent.Alignment.END);
        bar.setWidthFull();
        bar.add(vn.reformdesk.base.ui.ExcelDownload.of(getTranslation("inspections.excel"), "kiem-tra-" + selection.unit().code()
                + "-" + selection.period().code(), () -> java.util.List.of(InspectionExport.list(service,
                filters.apply(base()), topics, selection, locale))));
        if (mayWrite) {
            Button plan = new Button(getTranslation("inspections.plan.new"), VaadinIcon.PLUS.create(), e ->
                    InspectionDialog.create(service, commands, units, clock.today(), selection.unit(), selection.period().year(),
                            () -> grid.getDataProvider().refreshAll()).open());
            plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            plan.setId("inspection-new");
            bar.add(plan);
        }
        add(bar, grid);
    }
}
