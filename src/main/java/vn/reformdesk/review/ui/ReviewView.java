package vn.reformdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
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
import vn.reformdesk.base.ReportingClock;
import vn.reformdesk.base.ui.PeriodLabels;
import vn.reformdesk.base.ui.TextParts;
import vn.reformdesk.directives.DirectiveQueries;
import vn.reformdesk.directives.DirectiveService;
import vn.reformdesk.directives.ui.DirectiveGrid;
import vn.reformdesk.directives.ui.MeetingDialog;
import vn.reformdesk.directives.ui.MeetingView;
import vn.reformdesk.review.BriefingPack;
import vn.reformdesk.review.ReviewReport;
import vn.reformdesk.review.ReviewService;
import vn.reformdesk.scorecard.Measure;
import vn.reformdesk.scorecard.MeasureTexts;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

/**
 * The review meeting's page for the selected unit and period: the exceptions first (units below that miss a
 * target, worst first, each gap in the field's own terms), the unit's own scorecard with the rule behind
 * every colour, the biggest movers, the province's national results, and the previous meeting's directives.
 */
@Route("review")
@PageTitle("ReformDesk")
@Menu(order = 5, title = "review.nav", icon = "vaadin:presentation")
@PermitAll
class ReviewView extends VerticalLayout implements BeforeEnterObserver {

    /** Laggards listed before "show all" (the list covers every level below, worst first). */
    static final int LAGGARDS_SHOWN = 10;

    private final SelectionService selections;
    private final ReviewService reviews;
    private final BriefingPack packs;
    private final DirectiveQueries directives;
    private final DirectiveService directiveService;
    private final ReportingClock clock;
    private SelectionService.@Nullable Resolved current;

    ReviewView(SelectionService selections, ReviewService reviews, BriefingPack packs, DirectiveQueries directives,
               DirectiveService directiveService, ReportingClock clock) {
        this.selections = selections;
        this.reviews = reviews;
        this.packs = packs;
        this.directives = directives;
        this.directiveService = directiveService;
        this.clock = clock;
        addClassName("review-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = selections.resolve(event.getLocation().getQueryParameters());
        show();
    }

    private void show() {
        removeAll();
        UnitRef unit = current.unit();
        var period = current.period();
        Locale locale = getLocale();
        ReviewReport report = reviews.report(current.readable(), period);
        add(new H1(getTranslation("review.title", UnitNames.name(unit, locale), PeriodLabels.label(period, locale))));
        Paragraph asOf = new Paragraph(getTranslation("review.as-of", Formats.date(report.asOf(), locale)));
        asOf.addClassName("rd-note");
        asOf.setId("review-as-of");
        add(asOf);
        add(toolbar(unit, period, locale));

        add(new H3(getTranslation("review.laggards", report.laggards().size())));
        Div laggards = new Div();
        laggards.setId("review-laggards");
        laggards.addClassName("review-laggards");
        if (report.laggards().isEmpty()) {
            laggards.add(new Paragraph(getTranslation("review.laggards.none")));
        }
        // worst first: the first ten are built; the rest (all levels below) only when asked for, one click away
        List<ReviewReport.Laggard> all = report.laggards();
        all.stream().limit(LAGGARDS_SHOWN).forEach(l -> laggards.add(laggard(l, period, locale)));
        add(laggards);
        if (all.size() > LAGGARDS_SHOWN) {
            Button showAll = new Button(getTranslation("review.laggards.show-all", all.size()));
            showAll.setId("review-laggards-all");
            showAll.addClassName("no-print");
            showAll.addClickListener(e -> {
                all.stream().skip(LAGGARDS_SHOWN).forEach(l -> laggards.add(laggard(l, period, locale)));
                showAll.setVisible(false);
            });
            add(showAll);
        }

        add(new H3(getTranslation("review.fields", UnitNames.name(unit, locale))));
        List<Measure> own = report.fields().stream().flatMap(f -> f.measures().stream()).toList();
        var grid = MeasureGrid.of(own, locale);
        grid.setId("review-measures");
        add(grid);

        add(new H3(getTranslation("review.movers")));
        UnorderedList movers = new UnorderedList();
        movers.setId("review-movers");
        TextParts.classedItems(movers, report.movers().stream().map(m -> TextParts.part(m.change() > 0 ? "rd-status-green" : "rd-status-red",
                getTranslation(m.change() > 0 ? "review.mover.up" : "review.mover.down",
                        UnitNames.name(m.unit(), locale), MeasureTexts.label(m.measure(), locale),
                        MeasureTexts.previous(m.measure(), locale), MeasureTexts.value(m.measure(), locale)))).toList());
        if (report.movers().isEmpty()) {
            add(new Paragraph(getTranslation("review.movers.none")));
        } else {
            add(movers);
        }

        if (!report.national().isEmpty()) {
            add(new H3(getTranslation("review.national")));
            UnorderedList national = new UnorderedList();
            national.setId("review-national");
            TextParts.items(national, report.national().stream().map(m -> vn.reformdesk.review.ReviewTexts.nationalLine(m, locale)).toList());
            add(national);
        }

        add(new H3(getTranslation("review.directives")));
        ReviewReport.MeetingBlock meeting = report.lastMeeting();
        if (meeting == null) {
            add(new Paragraph(getTranslation("review.directives.none")));
        } else {
            Paragraph tally = new Paragraph(getTranslation("review.directives.tally", meeting.meeting().title(),
                    Formats.date(meeting.meeting().heldOn(), locale), meeting.tally().done(), meeting.tally().total(),
                    meeting.tally().overdue()));
            tally.setId("review-directives-tally");
            add(tally);
            add(DirectiveGrid.of(meeting.directives(), locale, null));
            add(new Anchor(MeetingView.route(meeting.meeting().id()), getTranslation("review.directives.open", meeting.meeting().title())));
        }
    }

    private HorizontalLayout toolbar(UnitRef unit, vn.reformdesk.base.Period period, Locale locale) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassNames("review-toolbar", "no-print");
        Button present = new Button(getTranslation("review.present"), VaadinIcon.PRESENTATION.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ReviewPresentationView.class, current.selection().toQuery())));
        present.setId("review-present");
        String base = "bao-cao-" + unit.code() + "-" + period.code();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(packs.pdf(current.readable(), period, locale)), base + ".pdf", "application/pdf", -1)), "");
        pdf.add(new Button(getTranslation("review.pdf"), VaadinIcon.FILE_TEXT_O.create()));
        pdf.setId("review-pdf");
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(packs.workbook(current.readable(), period, locale)), base + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", -1)), "");
        xlsx.add(new Button(getTranslation("review.excel"), VaadinIcon.TABLE.create()));
        xlsx.setId("review-excel");
        Button print = new Button(getTranslation("review.print"), VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        print.setId("review-print");
        bar.add(present, pdf, xlsx, print);
        if (directives.canRecord()) {
            Button open = new Button(getTranslation("directives.meeting.open"), VaadinIcon.PLUS.create(),
                    e -> new MeetingDialog(directiveService, unit, period, clock.today(),
                            m -> getUI().ifPresent(ui -> ui.navigate(MeetingView.class,
                            com.vaadin.flow.router.QueryParameters.of(MeetingView.MEETING, String.valueOf(m.id()))))).open());
            open.setId("review-open-meeting");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(open);
        }
        return bar;
    }

    /** One unit behind: its name (a link to its own review), its parent, and each measure it is behind on. */
    private Div laggard(ReviewReport.Laggard l, vn.reformdesk.base.Period period, Locale locale) {
        Div item = new Div();
        item.addClassName("review-laggard");
        Anchor name = new Anchor("review?unit=" + l.unit().code() + "&period=" + period.code(), UnitNames.name(l.unit(), locale));
        name.addClassName("review-laggard-name");
        item.add(name);
        if (l.parent() != null) {
            Span parent = new Span(" · " + getTranslation("review.laggard.of", UnitNames.name(l.parent(), locale)));
            parent.addClassNames("review-laggard-parent", "rd-note");
            item.add(parent);
        }
        List<String> gaps = l.behind().stream().map(m -> {
            String gap = MeasureTexts.gap(m, locale);
            return MeasureTexts.field(m.field(), locale) + " · " + MeasureTexts.label(m, locale) + ": "
                    + (gap.isEmpty() ? MeasureTexts.value(m, locale) + " / " + MeasureTexts.rule(m, locale) : gap);
        }).toList();
        item.add(TextParts.items(new UnorderedList(), gaps));
        return item;
    }
}
