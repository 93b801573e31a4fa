package vn.reformdesk.inspections.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLink;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.ui.PeriodLabels;
import vn.reformdesk.inspections.InspectionCommands;
import vn.reformdesk.inspections.InspectionQueries;
import vn.reformdesk.inspections.RecommendationCommands;
import vn.reformdesk.inspections.RecommendationQueries;
import vn.reformdesk.inspections.RecommendationFilter;
import vn.reformdesk.inspections.UnitBacklog;
import vn.reformdesk.security.CurrentUser;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.RoleRules;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;

import java.time.LocalDate;
import java.util.List;

/** The frame of the inspection pages: title, the unit and period, the "as of" date, and the page tabs. */
abstract class InspectionsPage extends VerticalLayout implements BeforeEnterObserver {

    protected final SelectionService selections;
    protected final InspectionQueries service;
    protected final boolean mayWrite;
    protected final ReportingClock clock;
    protected SelectionService.Resolved selection;
    protected LocalDate asOf;

    InspectionsPage(SelectionService selections, InspectionQueries service, CurrentUserService users, ReportingClock clock) {
        this.selections = selections;
        this.service = service;
        this.clock = clock;
        CurrentUser user = users.require();
        this.mayWrite = RoleRules.keepsRecords(user);
        addClassName("inspections-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        selection = selections.resolve(event.getLocation().getQueryParameters());
        asOf = service.asOf(selection.period());
        render();
    }

    /** Builds the page again from the service (after a save). */
    protected void render() {
        removeAll();
        var locale = getLocale();
        add(new H1(getTranslation("inspections.title", UnitNames.name(selection.unit(), locale))));
        Paragraph sub = new Paragraph(PeriodLabels.label(selection.period(), locale) + " · "
                + getTranslation("inspections.as-of", Formats.date(asOf, locale)));
        sub.addClassName("rd-note");
        RouterLink topicsLink = new RouterLink(getTranslation("inspections.topics.link"), InspectionTopicsView.class);
        topicsLink.setId("inspections-topics-link");
        sub.add(new com.vaadin.flow.component.html.Span(" · "), topicsLink);
        add(sub, tabs());
        show();
    }

    /** Fills the page for {@link #selection}. */
    protected abstract void show();

    private Component tabs() {
        Div bar = new Div();
        bar.addClassName("insp-tabs");
        for (var tab : List.of(
                new Tab("inspections.tab.progress", InspectionsProgressView.class),
                new Tab("inspections.tab.calendar", InspectionsCalendarView.class),
                new Tab("inspections.tab.list", InspectionsListView.class),
                new Tab("inspections.tab.recommendations", RecommendationsView.class))) {
            RouterLink link = new RouterLink(getTranslation(tab.key()), tab.view());
            link.setQueryParameters(selection.selection().toQuery());
            if (tab.view() == getClass()) {
                link.addClassName("active");
            }
            bar.add(link);
        }
        return bar;
    }

    private record Tab(String key, Class<? extends InspectionsPage> view) {
    }
}
