package vn.reformdesk.inspections.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.base.ui.Card;
import vn.reformdesk.base.ui.FigureLink;
import vn.reformdesk.inspections.ConcurrentEditException;
import vn.reformdesk.inspections.InspectionCommands;
import vn.reformdesk.inspections.InspectionQueries;
import vn.reformdesk.inspections.RecommendationCommands;
import vn.reformdesk.inspections.RecommendationQueries;
import vn.reformdesk.inspections.RecommendationFilter;
import vn.reformdesk.inspections.UnitBacklog;
import vn.reformdesk.inspections.InvalidInspectionException;
import vn.reformdesk.inspections.ProgressReport;
import vn.reformdesk.inspections.Recommendation;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Recommendations of the selected unit's subtree still open as of the period's "as of" date: overdue first, by
 * unit and age, with the share resolved on time. The responsible unit's leader (and the secretariat) mark one done
 * with evidence here.
 */
@Route("inspections/recommendations")
@PageTitle("ReformDesk")
@PermitAll
class RecommendationsView extends InspectionsPage {

    /** URL parameter: which recommendations the list shows (the figure it was opened from). */
    static final String RECS_PARAMETER = "recs";
    private RecommendationFilter filter = RecommendationFilter.OPEN;
    /** {@code only=itself}: the recommendations addressed to the unit itself (the drill-down's own row). */
    private boolean itself;

    private final RecommendationQueries recommendations;
    private final RecommendationCommands commands;

    RecommendationsView(SelectionService selections, InspectionQueries service, RecommendationQueries recommendations,
                        RecommendationCommands commands, CurrentUserService users, vn.reformdesk.base.ReportingClock clock) {
        super(selections, service, users, clock);
        this.recommendations = recommendations;
        this.commands = commands;
        addClassName("inspections-recommendations");
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        filter = event.getLocation().getQueryParameters().getSingleParameter(RECS_PARAMETER)
                .flatMap(v -> java.util.Arrays.stream(RecommendationFilter.values()).filter(f -> f.name().equalsIgnoreCase(v)).findFirst())
                .orElse(RecommendationFilter.OPEN);
        itself = event.getLocation().getQueryParameters().getSingleParameter(InspectionsListView.ONLY_PARAMETER)
                .filter(InspectionsListView.ITSELF::equals).isPresent();
        super.beforeEnter(event);
    }

    private void openList(RecommendationFilter f) {
        java.util.Map<String, List<String>> query = new java.util.HashMap<>(selection.selection().toQuery().getParameters());
        query.put(RECS_PARAMETER, List.of(f.name().toLowerCase(Locale.ROOT)));
        if (itself) {
            query.put(InspectionsListView.ONLY_PARAMETER, List.of(InspectionsListView.ITSELF));
        }
        getUI().ifPresent(ui -> ui.navigate(RecommendationsView.class, new com.vaadin.flow.router.QueryParameters(query)));
    }

    @Override
    protected void show() {
        Locale locale = getLocale();
        long unitId = selection.unit().id();
        ProgressReport.RecommendationSummary r = service.progress(unitId, selection.period(), asOf).recommendations();
        Div figures = new Div();
        figures.addClassName("rd-figures");
        Div open = Card.figure(Formats.integer(r.open(), locale), getTranslation("inspections.recs.open"));
        open.setId("recs-open-figure");
        Div overdue = Card.figure(Formats.integer(r.overdue(), locale), getTranslation("inspections.recs.overdue"));
        overdue.setId("recs-overdue-figure");
        overdue.addClassName(r.overdue() > 0 ? "rd-status-red" : "rd-status-green");
        FigureLink.opens(open, getTranslation("inspections.recs.open-list"), () -> openList(RecommendationFilter.OPEN));
        FigureLink.opens(overdue, getTranslation("inspections.recs.open-list"), () -> openList(RecommendationFilter.OVERDUE));
        figures.add(open, overdue, Card.figure(InspectionTexts.share(r.onTimeShare(), locale), getTranslation("inspections.recs.on-time")));
        Paragraph definition = new Paragraph(getTranslation("inspections.recs.definition", Formats.integer(r.doneOnTime(), locale),
                Formats.integer(r.dueOrDone(), locale), Formats.date(r.asOf(), locale)));
        definition.addClassName("rd-note");

        Grid<UnitBacklog> byUnit = new Grid<>();
        byUnit.addClassName("recs-by-unit");
        byUnit.addColumn(b -> UnitNames.name(b.unit(), locale)).setHeader(getTranslation("inspections.field.responsible")).setFlexGrow(2);
        byUnit.addColumn(b -> Formats.integer(b.open(), locale)).setHeader(getTranslation("inspections.recs.open")).setAutoWidth(true).setFlexGrow(0);
        byUnit.addColumn(b -> Formats.integer(b.overdue(), locale)).setHeader(getTranslation("inspections.recs.overdue")).setAutoWidth(true).setFlexGrow(0);
        byUnit.addColumn(b -> Formats.integer(b.oldestDays(), locale)).setHeader(getTranslation("inspections.col.oldest")).setAutoWidth(true).setFlexGrow(0);
        List<UnitBacklog> backlog = recommendations.openByUnit(unitId, asOf);
        byUnit.setItems(backlog);
        byUnit.setAllRowsVisible(true);
        Div grid = new Div();
        grid.addClassName("card-grid");
        SelectionService.Resolved shownSelection = selection;
        LocalDate cutOff = asOf;
        RecommendationFilter exported = filter;
        boolean exportedItself = itself;
        add(vn.reformdesk.base.ui.ExcelDownload.of(getTranslation("inspections.excel"), "kien-nghi-" + shownSelection.unit().code()
                + "-" + shownSelection.period().code(), () -> InspectionExport.recommendations(recommendations, shownSelection, cutOff, exported, exportedItself, locale)));
        grid.add(new Card(getTranslation("inspections.recs.title"), figures, definition));
        grid.add(new Card(getTranslation("inspections.recs.by-unit"), backlog.isEmpty()
                ? new Paragraph(getTranslation("inspections.recs.none")) : byUnit));
        add(grid);

        Grid<Recommendation> list = new Grid<>();
        list.addClassName("recs-open-grid");
        list.addComponentColumn(rec -> InspectionTexts.stateBadge(rec.stateAsOf(asOf), rec.daysOverdue(asOf), locale))
                .setHeader(getTranslation("inspections.col.state")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(Recommendation::text).setHeader(getTranslation("inspections.col.recommendation")).setFlexGrow(3);
        list.addColumn(rec -> UnitNames.name(rec.responsible(), locale)).setHeader(getTranslation("inspections.field.responsible")).setFlexGrow(2);
        list.addColumn(rec -> Formats.date(rec.deadline(), locale)).setHeader(getTranslation("inspections.field.deadline")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(rec -> Formats.integer(rec.ageDays(asOf), locale)).setHeader(getTranslation("inspections.col.age")).setAutoWidth(true).setFlexGrow(0);
        // done ones stay listed: when, by whom and with what evidence
        list.addColumn(rec -> rec.resolvedOn() == null ? "" : Formats.date(rec.resolvedOn(), locale)
                        + (rec.statusBy() == null || rec.statusBy().equals("?") ? "" : " · " + rec.statusBy())
                        + (rec.evidence() == null ? "" : " · " + rec.evidence()))
                .setHeader(getTranslation("inspections.col.done")).setFlexGrow(2);
        list.addComponentColumn(rec -> {
            if (mayWrite && rec.status() == vn.reformdesk.inspections.RecommendationStatus.DONE && !asOf.isBefore(today())) {
                Button reopen = new Button(getTranslation("inspections.reopen"), e -> reopen(rec));
                reopen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                reopen.addClassName("rec-reopen");
                return reopen;
            }
            if (!rec.mayResolve()) {
                return new Span();
            }
            Button done = new Button(getTranslation("inspections.resolve"), e -> resolve(rec, list));
            done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            done.addClassName("rec-resolve");
            done.getElement().setAttribute("title", rec.text());
            return done;
        }).setAutoWidth(true).setFlexGrow(0);
        RecommendationFilter shown = filter;
        boolean onlyItself = itself;
        list.setItems(q -> recommendations.recommendations(unitId, asOf, shown, onlyItself, q.getOffset(), q.getLimit()).stream(),
                q -> recommendations.countRecommendations(unitId, asOf, shown, onlyItself));
        list.setWidthFull();
        list.setHeight("28rem");
        com.vaadin.flow.component.select.Select<RecommendationFilter> which = new com.vaadin.flow.component.select.Select<>();
        which.setId("recs-filter");
        which.setLabel(getTranslation("inspections.recs.filter"));
        which.setItems(RecommendationFilter.values());
        which.setItemLabelGenerator(f -> getTranslation("inspections.recs.filter." + f.name()));
        which.setValue(shown);
        which.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                openList(e.getValue());
            }
        });
        int count = recommendations.countRecommendations(unitId, asOf, shown, onlyItself);
        Span counted = new Span(getTranslation("inspections.recs.count", count, Formats.date(asOf, locale))
                + (onlyItself ? " · " + getTranslation("inspections.list.itself", UnitNames.name(selection.unit(), locale)) : ""));
        counted.setId("recs-count");
        counted.addClassName("rd-note");
        Div head = new Div(which, counted);
        head.addClassName("rd-filter-line");
        String title = shown == RecommendationFilter.OPEN ? getTranslation("inspections.recs.list", Formats.integer(count, locale))
                : getTranslation("inspections.recs.list-of", getTranslation("inspections.recs.filter." + shown.name()),
                Formats.integer(count, locale));
        Card card = new Card(title, head, list);
        card.setWidthFull();
        add(card);
    }

    private LocalDate today() {
        return clock.today();
    }

    /** The secretariat reopens a done recommendation for a reason; it counts as done at every earlier date. */
    private void reopen(Recommendation rec) {
        Dialog dialog = new Dialog();
        dialog.addClassName("reopen-dialog");
        dialog.setHeaderTitle(getTranslation("inspections.reopen.title"));
        dialog.setWidth("min(36rem, 95vw)");
        TextField reason = new TextField(getTranslation("inspections.reopen.reason"));
        reason.setId("reopen-reason");
        reason.setWidthFull();
        Div problems = new Div();
        problems.addClassName("rd-status-red");
        dialog.add(new Paragraph(rec.text()), reason, problems);
        Button save = new Button(getTranslation("inspections.reopen"), e -> {
            try {
                commands.reopen(rec.id(), rec.version(), reason.getValue(), null);
            } catch (UserFacingException ex) {
                // also a concurrent edit: its message asks to reload
                problems.setText(ex.message(getLocale()));
                return;
            }
            dialog.close();
            render();
        });
        save.setId("reopen-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), ev -> dialog.close()), save);
        dialog.open();
    }

    private void resolve(Recommendation rec, Grid<Recommendation> list) {
        Locale locale = getLocale();
        Dialog dialog = new Dialog();
        dialog.addClassName("resolve-dialog");
        dialog.setHeaderTitle(getTranslation("inspections.resolve.title"));
        dialog.setWidth("min(36rem, 95vw)");
        Paragraph what = new Paragraph(rec.text() + " – " + UnitNames.name(rec.responsible(), locale) + " – "
                + getTranslation("inspections.field.deadline") + " " + Formats.date(rec.deadline(), locale));
        DatePicker on = InspectionTexts.datePicker(getTranslation("inspections.field.resolvedOn"));
        on.setId("resolve-date");
        LocalDate today = clock.today();
        on.setValue(today);
        on.setMax(today);
        TextField evidence = new TextField(getTranslation("inspections.field.evidence"));
        evidence.setId("resolve-evidence");
        evidence.setWidthFull();
        evidence.setHelperText(getTranslation("inspections.field.evidence.help"));
        Div problems = new Div();
        problems.addClassName("rd-status-red");
        dialog.add(what, on, evidence, problems);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        Button save = new Button(getTranslation("inspections.resolve"), e -> {
            try {
                commands.resolve(rec.id(), rec.version(), on.getValue(), evidence.getValue());
            } catch (InvalidInspectionException ex) {
                problems.setText(ex.problems().stream().map(p -> InspectionTexts.problem(p, locale)).collect(Collectors.joining("; ")));
                return;
            } catch (ConcurrentEditException ex) {
                problems.setText(getTranslation("inspections.error.concurrent"));
                return;
            }
            dialog.close();
            Notification.show(getTranslation("inspections.resolved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
        });
        save.setId("resolve-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }
}
