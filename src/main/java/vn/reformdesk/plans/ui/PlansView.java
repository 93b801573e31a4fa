package vn.reformdesk.plans.ui;

import vn.reformdesk.plans.BurnUp;
import vn.reformdesk.plans.DrillDown;
import vn.reformdesk.plans.DrillRow;
import vn.reformdesk.plans.LedTask;
import vn.reformdesk.plans.Progress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ui.TextCell;
import vn.reformdesk.base.ui.ApexChart;
import vn.reformdesk.base.ui.Card;
import vn.reformdesk.base.ui.ChartSpec;
import vn.reformdesk.base.ui.ImportDialog;
import vn.reformdesk.base.ui.PeriodLabels;
import vn.reformdesk.plans.PlanCommands;
import vn.reformdesk.plans.PlanQueries;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.plans.PlanRef;
import vn.reformdesk.plans.TaskRow;
import vn.reformdesk.plans.TaskFilter;
import vn.reformdesk.plans.TaskStatus;
import vn.reformdesk.base.ui.FigureLink;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A unit's reform plan for the selected year, its figures at the end of the selected period (or today while
 * the period runs), its tasks (overdue first), and the drill-down over the unit's children.
 */
@Route("plans")
@PageTitle("ReformDesk")
@Menu(order = 10, title = "plans.nav", icon = "vaadin:tasks")
@PermitAll
class PlansView extends VerticalLayout implements BeforeEnterObserver {

    /** Query parameter that opens one task's dialog. */
    static final String TASK = "task";

    private final SelectionService selections;
    private final PlanQueries plans;
    private final UnitService units;
    private final PlanCommands commands;
    private final ReportingClock clock;
    private SelectionService.@Nullable Resolved current;
    /** Which tasks the list shows: the figure it was opened from (URL parameter {@value #TASKS_PARAMETER}). */
    private TaskFilter taskFilter = TaskFilter.ALL;
    static final String TASKS_PARAMETER = "tasks";

    PlansView(SelectionService selections, PlanQueries plans, PlanCommands commands, UnitService units, ReportingClock clock) {
        this.selections = selections;
        this.plans = plans;
        this.units = units;
        this.commands = commands;
        this.clock = clock;
        addClassName("plans-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = selections.resolve(event.getLocation().getQueryParameters());
        taskFilter = event.getLocation().getQueryParameters().getSingleParameter(TASKS_PARAMETER)
                .flatMap(v -> java.util.Arrays.stream(TaskFilter.values()).filter(f -> f.name().equalsIgnoreCase(v)).findFirst())
                .orElse(TaskFilter.ALL);
        show();
        event.getLocation().getQueryParameters().getSingleParameter(TASK).flatMap(PlansView::parseId).ifPresent(this::openTask);
    }

    private static java.util.Optional<Long> parseId(String s) {
        try {
            return java.util.Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** Opens one task (from a link of My unit or a reminder); a task out of reach is an access-denied error. */
    private void openTask(long taskId) {
        LocalDate asOf = plans.asOf(current.period());
        TaskRow task = plans.task(taskId, asOf);
        PlanRef plan = plans.planOfTask(taskId);
        UnitRef planUnit = units.findReadable(plan.unitId()).orElse(null);
        new TaskDialog(plans, commands, clock, units, plan, planUnit, task, asOf, this::show).open();
    }

    private void show() {
        removeAll();
        SelectionService.Resolved sel = current;
        UnitRef unit = sel.unit();
        Period period = sel.period();
        Locale locale = getLocale();
        LocalDate asOf = plans.asOf(period);
        add(new H1(getTranslation("plans.title", UnitNames.name(unit, locale), Integer.toString(period.year()))));
        Paragraph sub = new Paragraph(PeriodLabels.label(period, locale) + " · "
                + getTranslation("plans.as-of", Formats.date(asOf, locale)));
        sub.addClassName("rd-note");
        com.vaadin.flow.router.RouterLink areasLink = new com.vaadin.flow.router.RouterLink(getTranslation("plans.areas.link"),
                PlanAreasView.class);
        areasLink.setId("plans-areas-link");
        sub.add(new Span(" · "), areasLink);
        add(sub);

        boolean children = units.hasChildren(unit.id(), period);
        // the country and a province are read top-down: their units first, then their own plan
        boolean drillFirst = children && unit.tier().isTop();
        if (drillFirst) {
            add(drillDown(unit, period, locale));
        }
        var plan = plans.planOf(unit, period.year());
        if (plan.isPresent()) {
            showPlan(plan.get(), unit, asOf);
        } else {
            Paragraph none = new Paragraph(getTranslation("plans.no-plan.text", Integer.toString(period.year())));
            none.setId("plans-no-plan");
            add(none);
            if (plans.canKeepPlans()) {
                Button create = new Button(getTranslation("plans.create"), VaadinIcon.PLUS.create(),
                        e -> new PlanDialog(commands, unit, period.year(), null, this::show).open());
                create.setId("plans-create");
                create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(create);
            }
        }
        ledElsewhere(unit, period, locale);
        if (children && !drillFirst) {
            add(drillDown(unit, period, locale));
        }
    }

    /** Tasks the unit leads in plans of units above it: its leader sees and updates these, not the rest of those plans. */
    private void ledElsewhere(UnitRef unit, Period period, Locale locale) {
        LocalDate asOf = plans.asOf(period);
        List<LedTask> led = plans.tasksLedBy(unit, period.year(), asOf).stream().filter(l -> !l.inOwnPlan()).toList();
        if (led.isEmpty()) {
            return;
        }
        Div list = new Div();
        list.addClassName("rd-list");
        list.setId("plans-led-elsewhere");
        for (LedTask l : led) {
            TaskRow t = l.task();
            Div row = new Div();
            row.addClassName("rd-list-row");
            row.getElement().setAttribute("data-task", Long.toString(t.id()));
            Span title = new Span(t.number() + ". " + t.title());
            title.addClassName("rd-list-title");
            Span status = new Span(statusText(t));
            status.addClassNames(statusClasses(t).split(" "));
            status.addClassName("rd-list-value");
            Span detail = new Span(getTranslation("plans.led.detail", l.plan().number(), Formats.date(t.deadline(), locale))
                    + (t.done() ? " · " + doneBy(t) : ""));
            detail.addClassName("rd-list-detail");
            row.add(title, status, detail);
            row.addClickListener(e -> openTask(t.id()));
            list.add(row);
        }
        add(fullWidth(new Card(getTranslation("plans.card.led-elsewhere", UnitNames.name(unit, locale)), list)));
    }

    private void showPlan(PlanRef plan, UnitRef unit, LocalDate asOf) {
        Locale locale = getLocale();
        Paragraph info = new Paragraph(getTranslation("plans.plan-line", plan.number(), Formats.date(plan.issuedOn(), locale), plan.title()));
        info.setId("plans-plan-line");
        add(info);

        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.addClassName("plans-toolbar");
        if (plans.canKeepPlans()) {
            Button edit = new Button(getTranslation("plans.edit"), VaadinIcon.EDIT.create(),
                    e -> new PlanDialog(commands, unit, plan.year(), plan, this::show).open());
            edit.setId("plans-edit");
            Button add = new Button(getTranslation("plans.task.add"), VaadinIcon.PLUS.create(),
                    e -> new TaskDialog(plans, commands, clock, units, plan, unit, null, asOf, this::show).open());
            add.setId("plans-task-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importButton = new Button(getTranslation("plans.import"), VaadinIcon.UPLOAD.create(), e -> {
                ImportDialog dialog = new ImportDialog(getTranslation("plans.import.title"), getTranslation("plans.import.hint"),
                        List.of(".xlsx"), bytes -> getTranslation("plans.import.done", commands.importTasks(plan.id(), bytes, locale)));
                dialog.addOpenedChangeListener(o -> {
                    if (!o.isOpened()) {
                        show();
                    }
                });
                dialog.open();
            });
            importButton.setId("plans-import");
            toolbar.add(add, edit, importButton);
        }
        String fileName = "ke-hoach-" + unit.code() + "-" + plan.year() + "-" + asOf.format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        Anchor export = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(plans.exportTasks(plan.id(), asOf, locale)), fileName,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", -1)), "");
        Button exportButton = new Button(getTranslation("plans.export"), VaadinIcon.DOWNLOAD.create());
        export.add(exportButton);
        export.setId("plans-export");
        toolbar.add(export);
        add(toolbar);

        Progress progress = plans.progress(plan.id(), asOf);
        BurnUp burnUp = plans.burnUp(plan.id(), asOf);
        Div grid = new Div();
        grid.addClassName("card-grid");

        Div figures = new Div();
        figures.addClassName("rd-figures");
        Div done = Card.figure(Formats.integer(progress.done(), locale) + "/" + Formats.integer(progress.total(), locale),
                getTranslation("plans.figure.done"));
        done.setId("plans-done");
        Div percent = Card.figure(progress.percent() == null ? "–" : Formats.percent(progress.percent(), locale),
                getTranslation("plans.figure.percent"));
        percent.setId("plans-percent");
        Div overdue = Card.figure(Formats.integer(progress.overdue(), locale), getTranslation("plans.figure.overdue"));
        overdue.setId("plans-overdue");
        if (progress.overdue() > 0) {
            overdue.addClassName("rd-status-red");
        }
        Div dueSoon = Card.figure(Formats.integer(progress.dueSoon(), locale),
                getTranslation("plans.figure.due-soon", PlanQueries.DUE_SOON_DAYS));
        Div forecast = Card.figure(Formats.integer(burnUp.forecast(), locale) + "/" + Formats.integer(burnUp.total(), locale)
                        + (burnUp.forecastPercent() == null ? "" : " (" + Formats.percent(burnUp.forecastPercent(), locale) + ")"),
                getTranslation("plans.figure.forecast", Formats.date(LocalDate.of(plan.year(), 12, 31), locale)));
        forecast.setId("plans-forecast");
        dueSoon.setId("plans-due-soon");
        FigureLink.opens(done, getTranslation("plans.open-list"), () -> openTasks(TaskFilter.DONE));
        FigureLink.opens(percent, getTranslation("plans.open-list"), () -> openTasks(TaskFilter.COUNTED));
        FigureLink.opens(overdue, getTranslation("plans.open-list"), () -> openTasks(TaskFilter.OVERDUE));
        FigureLink.opens(dueSoon, getTranslation("plans.open-list"), () -> openTasks(TaskFilter.DUE_SOON));
        figures.add(done, percent, overdue, dueSoon, forecast);
        Div bar = new Div();
        bar.addClassName("plans-progress-bar");
        Div fill = new Div();
        fill.addClassName("plans-progress-fill");
        // the share done is the one dynamic value here; the bar's look is in styles.css
        fill.getStyle().set("width", (progress.percent() == null ? 0 : progress.percent()) + "%");
        bar.add(fill);
        Card progressCard = new Card(getTranslation("plans.card.progress"), figures, bar);
        progressCard.setId("plans-progress");
        grid.add(progressCard);

        var areas = plans.byArea(plan.id(), asOf);
        if (!areas.isEmpty()) {
            ChartSpec spec = ChartSpec.of(ChartSpec.Type.BAR, "", areas.stream().map(a -> a.label(locale)).toList(),
                            List.of(new ChartSpec.Series(getTranslation("plans.chart.done"), areas.stream().map(a -> a.done()).toList()),
                                    new ChartSpec.Series(getTranslation("plans.chart.open"),
                                            areas.stream().map(a -> a.total() - a.done()).toList())))
                    .withHorizontal(true).withStacked(true).withColors(List.of("#2e7d32", "#cfd8dc"))
                    .withHeight(Math.max(240, 34 * areas.size() + 80));
            ApexChart chart = new ApexChart(spec);
            chart.setId("plans-area-chart");
            grid.add(new Card(getTranslation("plans.card.areas"), chart));
        }

        List<String> months = burnUp.months().stream().map(m -> getTranslation("plans.month.short", m.getMonthValue())).toList();
        List<Number> doneSeries = new ArrayList<>(burnUp.done());
        ChartSpec burn = ChartSpec.of(ChartSpec.Type.LINE, "", months,
                        List.of(new ChartSpec.Series(getTranslation("plans.chart.burnup.done"), doneSeries),
                                new ChartSpec.Series(getTranslation("plans.chart.burnup.line"), burnUp.line())))
                .withColors(List.of("#1565c0", "#9e9e9e")).withHeight(280).withYMax((double) Math.max(1, burnUp.total()))
                .withValueFormat("", 0);
        ApexChart burnChart = new ApexChart(burn);
        burnChart.setId("plans-burnup-chart");
        grid.add(new Card(getTranslation("plans.card.burnup"), burnChart));

        List<TaskRow> soon = plans.dueSoon(plan.id(), asOf, 8);
        UnorderedList soonList = new UnorderedList();
        soonList.addClassName("plans-due-soon");
        soon.forEach(t -> soonList.add(new ListItem(Formats.date(t.deadline(), locale) + " · " + t.number() + ". " + t.title()
                + " (" + t.leadLabel(locale) + ")")));
        grid.add(new Card(getTranslation("plans.card.due-soon", PlanQueries.DUE_SOON_DAYS),
                soon.isEmpty() ? new Paragraph(getTranslation("plans.due-soon.none")) : soonList));
        add(grid);

        Grid<TaskRow> tasks = new Grid<>();
        tasks.setId("plan-tasks");
        tasks.addClassName("plan-tasks");
        tasks.addColumn(TaskRow::number).setHeader(getTranslation("plans.col.number")).setAutoWidth(true).setFlexGrow(0);
        tasks.addColumn(TaskRow::title).setHeader(getTranslation("plans.col.title")).setFlexGrow(4);
        tasks.addColumn(t -> t.area().label(locale)).setHeader(getTranslation("plans.col.area")).setFlexGrow(2);
        tasks.addColumn(t -> t.leadLabel(locale)).setHeader(getTranslation("plans.col.lead")).setFlexGrow(2);
        tasks.addColumn(t -> Formats.date(t.deadline(), locale)).setHeader(getTranslation("plans.col.deadline")).setAutoWidth(true).setFlexGrow(0);
        tasks.addColumn(TextCell.of(t -> statusText(t), t -> statusClasses(t))).setHeader(getTranslation("plans.col.status", Formats.date(asOf, locale)))
                .setAutoWidth(true).setFlexGrow(0);
        tasks.addColumn(t -> doneBy(t)).setHeader(getTranslation("plans.col.done-by")).setFlexGrow(2);
        TaskFilter filter = taskFilter;
        tasks.setItems(q -> plans.tasks(plan.id(), asOf, filter, q.getOffset(), q.getLimit()).stream(),
                q -> plans.countTasks(plan.id(), asOf, filter));
        vn.reformdesk.base.ui.DrillDown.rows(tasks, row -> new TaskDialog(plans, commands, clock, units, plan, unit, plans.task(row.id(), asOf), asOf, this::show).open());
        tasks.setHeight("32rem");
        com.vaadin.flow.component.select.Select<TaskFilter> show = new com.vaadin.flow.component.select.Select<>();
        show.setId("plan-tasks-filter");
        show.setLabel(getTranslation("plans.filter.label"));
        show.setItems(TaskFilter.values());
        show.setItemLabelGenerator(f -> getTranslation("plans.filter." + f.name()));
        show.setValue(filter);
        show.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                openTasks(e.getValue());
            }
        });
        Span count = new Span(getTranslation("plans.filter.count", plans.countTasks(plan.id(), asOf, filter),
                Formats.date(asOf, locale)));
        count.setId("plan-tasks-count");
        count.addClassName("rd-note");
        HorizontalLayout head = new HorizontalLayout(show, count);
        head.setAlignItems(Alignment.BASELINE);
        head.setWrap(true);
        Card card = fullWidth(new Card(getTranslation("plans.card.tasks"), head, tasks));
        add(card);
        if (filter != TaskFilter.ALL) {
            card.scrollIntoView();
        }
    }

    /** Opens the task list on the records of one figure, keeping the unit and the period in the URL. */
    private void openTasks(TaskFilter filter) {
        java.util.Map<String, List<String>> query = new java.util.HashMap<>(current.selection().toQuery().getParameters());
        if (filter == TaskFilter.ALL) {
            query.remove(TASKS_PARAMETER);
        } else {
            query.put(TASKS_PARAMETER, List.of(filter.name().toLowerCase(Locale.ROOT)));
        }
        getUI().ifPresent(ui -> ui.navigate(PlansView.class, new com.vaadin.flow.router.QueryParameters(query)));
    }

    private static Card fullWidth(Card card) {
        card.setWidthFull();
        card.addClassName("rd-wide");
        return card;
    }

    /** Who recorded the completion in force at the as-of date, and its evidence; empty for a task not done then. */
    private static String doneBy(TaskRow t) {
        if (!t.done()) {
            return "";
        }
        return (t.doneBy() == null ? "" : t.doneBy()) + (t.doneEvidence() == null ? "" : " · " + t.doneEvidence());
    }

    /** A task's status as of the page's date (a task reopened later still shows when it was done then). */
    private String statusText(TaskRow t) {
        if (t.overdue()) {
            return getTranslation("plans.badge.overdue");
        } else if (t.done()) {
            return getTranslation("plans.status.DONE") + " " + Formats.date(t.doneOn(), getLocale());
        } else if (t.status() == TaskStatus.DONE) {
            return getTranslation("plans.badge.done-later", Formats.date(t.statusDate(), getLocale()));
        }
        return getTranslation("plans.status." + t.status().name());
    }

    private static String statusClasses(TaskRow t) {
        if (t.overdue()) {
            return "rd-badge red";
        } else if (t.done()) {
            return "rd-badge green";
        }
        return "rd-badge " + (t.status() == TaskStatus.DONE ? "amber"
                : t.status() == TaskStatus.CANCELLED || t.status() == TaskStatus.NOT_STARTED ? "grey" : "amber");
    }

    private Component drillDown(UnitRef unit, Period period, Locale locale) {
        DrillDown drill = plans.drillDown(unit, period);
        Grid<DrillRow> grid = new Grid<>();
        grid.setId("plans-drilldown");
        grid.addClassName("plans-drilldown");
        grid.addColumn(r -> r.rank() == null ? "" : Formats.integer(r.rank(), locale)).setHeader("#").setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing(r -> r.rank() == null ? Integer.MAX_VALUE : r.rank()));
        grid.addColumn(r -> UnitNames.name(r.unit(), locale)).setHeader(getTranslation("plans.col.unit")).setFlexGrow(3)
                .setComparator(Comparator.comparing(r -> UnitNames.name(r.unit(), locale)));
        grid.addColumn(r -> r.hasPlan() ? r.plan().number() : "").setHeader(getTranslation("plans.col.plan")).setFlexGrow(1);
        grid.addColumn(r -> r.hasPlan() ? Formats.integer(r.progress().done(), locale) + "/" + Formats.integer(r.progress().total(), locale) : "")
                .setHeader(getTranslation("plans.col.done-total")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setComparator(Comparator.comparing(r -> r.hasPlan() ? r.progress().done() : -1L));
        grid.addColumn(r -> r.hasPlan() ? Formats.integer(r.progress().overdue(), locale) : "")
                .setHeader(getTranslation("plans.col.overdue")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setComparator(Comparator.comparing(r -> r.hasPlan() ? r.progress().overdue() : -1L));
        String noPlan = getTranslation("plans.no-plan");
        grid.addColumn(TextCell.<DrillRow>of(r -> !r.hasPlan() ? noPlan : r.percent() == null ? "–" : Formats.percent(r.percent(), locale),
                        r -> r.hasPlan() ? "" : "rd-badge grey")).setHeader(getTranslation("plans.col.percent")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setComparator(Comparator.comparing(r -> r.percent() == null ? -1.0 : r.percent()));
        grid.setItems(drill.rows());
        grid.setAllRowsVisible(true);
        vn.reformdesk.base.ui.DrillDown.rows(grid, row -> getUI().ifPresent(ui ->
                ui.navigate(PlansView.class, current.selection().withUnit(row.unit().code()).toQuery())));

        List<DrillRow> rows = drill.rows();
        ChartSpec spec = ChartSpec.of(ChartSpec.Type.BAR, "",
                        rows.stream().map(r -> UnitNames.name(r.unit(), locale)
                                + (r.hasPlan() ? "" : " (" + getTranslation("plans.no-plan") + ")")).toList(),
                        List.of(new ChartSpec.Series(getTranslation("plans.figure.percent"), rows.stream().map(r -> r.percent()).toList())))
                .withHorizontal(true).withValueFormat("%", 1).withYMax(100.0).withColors(List.of("#1565c0"))
                .withHeight(Math.max(240, 26 * rows.size() + 60));
        ApexChart chart = new ApexChart(spec);
        chart.setId("plans-drilldown-chart");

        Paragraph totals = new Paragraph(getTranslation("plans.drill.totals",
                Formats.integer(drill.withPlan(), locale), Formats.integer(drill.withPlan() + drill.withoutPlan(), locale),
                Formats.integer(drill.done(), locale), Formats.integer(drill.total(), locale),
                drill.percent() == null ? "–" : Formats.percent(drill.percent(), locale), Formats.integer(drill.overdue(), locale)));
        totals.setId("plans-drill-totals");
        Div drillFigures = new Div();
        drillFigures.addClassName("rd-figures");
        Div drillDone = Card.figure(Formats.integer(drill.done(), locale) + "/" + Formats.integer(drill.total(), locale),
                getTranslation("plans.figure.done"));
        drillDone.setId("plans-drill-done");
        Div drillOverdue = Card.figure(Formats.integer(drill.overdue(), locale), getTranslation("plans.figure.overdue"));
        drillOverdue.setId("plans-drill-overdue");
        FigureLink.opens(drillDone, getTranslation("plans.open-list"), () -> new TaskListDialog(plans, unit, period, TaskFilter.DONE).open());
        FigureLink.opens(drillOverdue, getTranslation("plans.open-list"),
                () -> new TaskListDialog(plans, unit, period, TaskFilter.OVERDUE).open());
        drillFigures.add(drillDone, drillOverdue);
        Div both = new Div(grid, chart);
        both.addClassName("plans-drill");
        // the table as the page shows it, read again when clicked
        var excel = vn.reformdesk.base.ui.ExcelDownload.of(getTranslation("plans.drill.excel"), "ke-hoach-don-vi-" + unit.code() + "-" + period.code(),
                () -> List.of(PlansDrillExport.drillDown(plans, unit, period, locale)));
        excel.setId("plans-drill-excel");
        return fullWidth(new Card(getTranslation("plans.card.drill", UnitNames.name(unit, locale)), totals, drillFigures, excel, both));
    }
}
