package vn.reformdesk.directives.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.directives.Directive;
import vn.reformdesk.directives.DirectiveQueries;
import vn.reformdesk.directives.DirectiveService;
import vn.reformdesk.directives.DirectiveStatus;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.HashMap;
import java.util.Map;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The directives addressed to the selected unit and the units under it, overdue first, as of today; the
 * responsible leaders record progress here. {@code ?directive=ID} opens that directive's update.
 */
@Route("directives")
@PageTitle("ReformDesk")
@Menu(order = 45, title = "directives.nav", icon = "vaadin:gavel")
@PermitAll
class DirectivesView extends VerticalLayout implements BeforeEnterObserver {

    private final SelectionService selections;
    private final DirectiveQueries queries;
    private final DirectiveService service;
    private final ReportingClock clock;
    private SelectionService.@Nullable Resolved current;
    private DirectiveFilter filter = DirectiveFilter.ALL;

    DirectivesView(SelectionService selections, DirectiveQueries queries, DirectiveService service, ReportingClock clock) {
        this.selections = selections;
        this.queries = queries;
        this.service = service;
        this.clock = clock;
        addClassName("directives-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = selections.resolve(event.getLocation().getQueryParameters());
        filter = DirectiveFilter.parse(event.getLocation().getQueryParameters().getSingleParameter(DirectiveFilter.PARAMETER).orElse(null));
        show();
        event.getLocation().getQueryParameters().getSingleParameter("directive").ifPresent(id -> {
            try {
                Directive d = queries.directive(Long.parseLong(id), clock.today());
                if (queries.canReopen(d)) {
                    new ReopenDialog(service, queries, d, clock.today(), this::show).open();
                } else if (queries.canUpdate(d) && d.status() != DirectiveStatus.DONE) {
                    new StatusDialog(service, queries, d, clock.today(), this::show).open();
                }
            } catch (NumberFormatException | java.util.NoSuchElementException ignored) {
                // a stale link: the list is shown
            }
        });
    }

    private void show() {
        removeAll();
        UnitRef unit = current.unit();
        Locale locale = getLocale();
        LocalDate today = clock.today();
        add(new H1(getTranslation("directives.title", UnitNames.name(unit, locale))));
        Paragraph note = new Paragraph(getTranslation("directives.as-of", Formats.date(today, locale)));
        note.addClassName("rd-note");
        add(note);
        List<Directive> all = queries.addressedTo(unit, true, today, true);
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("directives.none")));
            return;
        }
        add(filterSelect(all, locale));
        List<Directive> list = all.stream().filter(filter::accepts).toList();
        add(vn.reformdesk.base.ui.ExcelDownload.of(getTranslation("directives.excel"), "directives-" + unit.code(),
                () -> List.of(DirectiveGrid.table(getTranslation("directives.nav"),
                        List.of(getTranslation("directives.title", UnitNames.name(unit, locale)),
                                getTranslation("directives.as-of", Formats.date(today, locale))), list, locale))));
        var grid = DirectiveGrid.of(list, locale, this::action);
        grid.setId("directives-grid");
        add(grid);
    }

    /** Open, overdue, done or all, with the count of each; the choice goes into the URL ({@code show=done}). */
    private Component filterSelect(List<Directive> all, Locale locale) {
        Select<DirectiveFilter> which = new Select<>();
        which.setId("directives-filter");
        which.setLabel(getTranslation("directives.filter"));
        which.setItems(DirectiveFilter.values());
        which.setItemLabelGenerator(f -> getTranslation("directives.filter." + f.name(),
                Formats.integer(all.stream().filter(f::accepts).count(), locale)));
        which.setValue(filter);
        which.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Map<String, List<String>> query = new HashMap<>(current.selection().toQuery().getParameters());
                query.put(DirectiveFilter.PARAMETER, List.of(e.getValue().name().toLowerCase(Locale.ROOT)));
                getUI().ifPresent(ui -> ui.navigate(DirectivesView.class, new QueryParameters(query)));
            }
        });
        return which;
    }

    private Component action(Directive d) {
        if (queries.canReopen(d)) {
            Button b = new Button(getTranslation("directives.reopen"), e -> new ReopenDialog(service, queries, d, clock.today(), this::show).open());
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            b.addClassName("directive-reopen");
            return b;
        }
        if (!queries.canUpdate(d) || d.status() == DirectiveStatus.DONE) {
            return new Span();
        }
        Button b = new Button(getTranslation("directives.update"), e -> new StatusDialog(service, queries, d, clock.today(), this::show).open());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        b.addClassName("directive-update");
        return b;
    }
}
