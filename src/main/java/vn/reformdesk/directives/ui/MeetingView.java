package vn.reformdesk.directives.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.directives.Directive;
import vn.reformdesk.directives.DirectiveQueries;
import vn.reformdesk.directives.DirectiveService;
import vn.reformdesk.directives.Meeting;
import vn.reformdesk.directives.Tally;
import vn.reformdesk.scorecard.FieldScorecard;
import vn.reformdesk.scorecard.MeasureDef;
import vn.reformdesk.units.UnitService;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A meeting of the committee: it opens with the previous meeting's directives and how many are done, then the
 * directives recorded in this one. The secretariat records directives here during the meeting.
 */
@Route("meetings")
@PageTitle("ReformDesk")
@PermitAll
public class MeetingView extends VerticalLayout implements BeforeEnterObserver {

    public static final String MEETING = "id";

    private final DirectiveQueries queries;
    private final DirectiveService service;
    private final UnitService units;
    private final ReportingClock clock;
    private final List<MeasureDef> measures;
    private long meetingId;

    MeetingView(DirectiveQueries queries, DirectiveService service, UnitService units, ReportingClock clock, List<FieldScorecard> fields) {
        this.queries = queries;
        this.service = service;
        this.units = units;
        this.clock = clock;
        this.measures = fields.stream().sorted(Comparator.comparingInt(FieldScorecard::order)).flatMap(f -> f.definitions().stream()).toList();
        addClassName("meeting-view");
    }

    /** The route of a meeting's page. */
    public static String route(long meetingId) {
        return "meetings?" + MEETING + "=" + meetingId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getLocation().getQueryParameters().getSingleParameter(MEETING).flatMap(s -> {
            try {
                return Optional.of(Long.parseLong(s));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
        if (id.isEmpty()) {
            throw new NotFoundException();
        }
        meetingId = id.get();
        show();
    }

    private void show() {
        removeAll();
        Locale locale = getLocale();
        LocalDate today = clock.today();
        Meeting m = queries.meeting(meetingId);
        add(new H1(m.title()));
        Paragraph line = new Paragraph(getTranslation("directives.meeting.line", Formats.date(m.heldOn(), locale), m.chair(),
                m.minutesNumber().isBlank() ? "–" : m.minutesNumber()));
        line.setId("meeting-line");
        add(line);
        if (!m.attendees().isBlank()) {
            add(new Paragraph(getTranslation("directives.meeting.attendees", m.attendees())));
        }
        // this meeting's and the previous meeting's directives, read again when clicked, on the same day as the page
        var excel = vn.reformdesk.base.ui.ExcelDownload.of(getTranslation("directives.excel"), "hop-" + m.unitCode() + "-" + m.heldOn(),
                () -> MeetingExport.tables(queries, m, clock.today(), locale));
        excel.setId("meeting-excel");
        add(excel);
        Optional<Meeting> previous = queries.previous(m);
        if (previous.isPresent()) {
            Meeting p = previous.get();
            Tally tally = queries.tally(p.id(), today);
            H3 head = new H3(getTranslation("directives.meeting.previous", p.title(), Formats.date(p.heldOn(), locale),
                    tally.done(), tally.total()));
            head.setId("meeting-previous-tally");
            add(head);
            if (tally.overdue() > 0) {
                Paragraph overdue = new Paragraph(getTranslation("directives.meeting.previous-overdue", tally.overdue()));
                overdue.addClassName("rd-warning");
                add(overdue);
            }
            add(DirectiveGrid.of(queries.directives(p.id(), today), locale, this::action));
            add(new Anchor(route(p.id()), p.title()));
        } else {
            add(new Paragraph(getTranslation("directives.meeting.no-previous")));
        }
        H3 own = new H3(getTranslation("directives.meeting.directives"));
        add(own);
        List<Directive> directives = queries.directives(m.id(), today.isBefore(m.heldOn()) ? m.heldOn() : today);
        var grid = DirectiveGrid.of(directives, locale, this::action);
        grid.setId("meeting-directives");
        add(grid);
        if (queries.canRecord()) {
            Button add = new Button(getTranslation("directives.add"), VaadinIcon.PLUS.create(),
                    e -> new DirectiveDialog(service, units, m, measures, this::show).open());
            add.setId("directive-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
    }

    private com.vaadin.flow.component.Component action(Directive d) {
        if (!queries.canUpdate(d)) {
            return new com.vaadin.flow.component.html.Span();
        }
        Button b = new Button(getTranslation("directives.update"), e -> new StatusDialog(service, queries, d, clock.today(), this::show).open());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        b.addClassName("directive-update");
        return b;
    }
}
