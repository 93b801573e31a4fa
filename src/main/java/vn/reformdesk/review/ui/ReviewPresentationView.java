package vn.reformdesk.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import vn.reformdesk.base.ui.PageTitles;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ui.PeriodLabels;
import vn.reformdesk.directives.Directive;
import vn.reformdesk.directives.ui.DirectiveGrid;
import vn.reformdesk.review.ReviewReport;
import vn.reformdesk.review.ReviewService;
import vn.reformdesk.review.ReviewTexts;
import vn.reformdesk.scorecard.Measure;
import vn.reformdesk.scorecard.MeasureTexts;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The review on a projector: no menu, no pickers, large type, one field per slide (overview and exceptions
 * first, then each field, the national results and the previous meeting's directives). Arrow keys, Page
 * Up/Down and the buttons move between slides; Escape returns to the review page.
 */
@Route(value = "review/present", autoLayout = false)
@PermitAll
class ReviewPresentationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, ReviewPresentationView.class);
    }

    private final SelectionService selections;
    private final ReviewService reviews;
    private final List<Supplier<Component>> slides = new ArrayList<>();
    private final Div stage = new Div();
    private final Span counter = new Span();
    private SelectionService.@Nullable Resolved current;
    private int index;

    ReviewPresentationView(SelectionService selections, ReviewService reviews) {
        this.selections = selections;
        this.reviews = reviews;
        addClassName("present");
        setId("present");
        stage.addClassName("present-stage");
        Button previous = new Button(VaadinIcon.ARROW_LEFT.create(), e -> move(-1));
        previous.setAriaLabel(getTranslation("review.slide.previous"));
        previous.setId("present-previous");
        Button next = new Button(VaadinIcon.ARROW_RIGHT.create(), e -> move(1));
        next.setAriaLabel(getTranslation("review.slide.next"));
        next.setId("present-next");
        Button full = new Button(VaadinIcon.EXPAND_SQUARE.create(),
                e -> getElement().executeJs("document.documentElement.requestFullscreen && document.documentElement.requestFullscreen()"));
        full.setAriaLabel(getTranslation("review.slide.fullscreen"));
        Button exit = new Button(VaadinIcon.CLOSE.create(), e -> exit());
        exit.setAriaLabel(getTranslation("review.slide.exit"));
        exit.setId("present-exit");
        for (Button b : List.of(previous, next, full, exit)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        counter.setId("present-counter");
        Div controls = new Div(previous, counter, next, full, exit);
        controls.addClassName("present-controls");
        add(stage, controls);
        Shortcuts.addShortcutListener(this, () -> move(1), Key.ARROW_RIGHT);
        Shortcuts.addShortcutListener(this, () -> move(1), Key.PAGE_DOWN);
        Shortcuts.addShortcutListener(this, () -> move(1), Key.SPACE);
        Shortcuts.addShortcutListener(this, () -> move(-1), Key.ARROW_LEFT);
        Shortcuts.addShortcutListener(this, () -> move(-1), Key.PAGE_UP);
        Shortcuts.addShortcutListener(this, this::exit, Key.ESCAPE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = selections.resolve(event.getLocation().getQueryParameters());
        build();
        index = 0;
        show();
    }

    private void build() {
        Locale locale = getLocale();
        ReviewReport r = reviews.report(current.readable(), current.period());
        String heading = UnitNames.name(r.unit(), locale) + " · " + PeriodLabels.label(r.period(), locale);
        String asOf = getTranslation("review.pack.running", UnitNames.name(r.unit(), locale), PeriodLabels.label(r.period(), locale),
                Formats.date(r.asOf(), locale));
        slides.clear();
        slides.add(() -> {
            Div s = slide(getTranslation("review.slide.overview"), asOf);
            s.add(new Paragraph(heading));
            s.add(new Paragraph(getTranslation("review.laggards", r.laggards().size())));
            UnorderedList list = new UnorderedList();
            r.laggards().stream().limit(6).forEach(l -> list.add(new ListItem(UnitNames.name(l.unit(), locale) + ": "
                    + l.behind().stream().map(m -> MeasureTexts.field(m.field(), locale)).distinct()
                    .reduce((a, b) -> a + ", " + b).orElse(""))));
            s.add(list);
            return s;
        });
        for (ReviewReport.FieldBlock f : r.fields()) {
            if (f.measures().isEmpty()) {
                continue;
            }
            slides.add(() -> {
                Div s = slide(MeasureTexts.field(f.field(), locale), asOf);
                for (Measure m : f.measures()) {
                    Div row = new Div();
                    row.addClassName("present-measure");
                    row.add(new Span(MeasureTexts.label(m, locale)), MeasureGrid.badge(m, locale));
                    Span rule = new Span(MeasureTexts.rule(m, locale));
                    rule.addClassName("present-rule");
                    row.add(rule);
                    s.add(row);
                }
                UnorderedList behind = new UnorderedList();
                for (ReviewReport.Laggard l : r.laggards()) {
                    l.behind().stream().filter(m -> m.field().equals(f.field())).limit(1).forEach(m -> behind.add(new ListItem(
                            UnitNames.name(l.unit(), locale) + ": " + MeasureTexts.gap(m, locale))));
                    if (behind.getChildren().count() >= 5) {
                        break;
                    }
                }
                if (behind.getChildren().findAny().isPresent()) {
                    s.add(behind);
                }
                return s;
            });
        }
        if (!r.national().isEmpty()) {
            slides.add(() -> {
                Div s = slide(getTranslation("review.national"), asOf);
                UnorderedList list = new UnorderedList();
                r.national().forEach(m -> list.add(new ListItem(ReviewTexts.nationalLine(m, locale))));
                s.add(list);
                return s;
            });
        }
        slides.add(() -> {
            Div s = slide(getTranslation("review.directives"), asOf);
            ReviewReport.MeetingBlock mb = r.lastMeeting();
            if (mb == null) {
                s.add(new Paragraph(getTranslation("review.directives.none")));
                return s;
            }
            s.add(new Paragraph(getTranslation("review.directives.tally", mb.meeting().title(), Formats.date(mb.meeting().heldOn(), locale),
                    mb.tally().done(), mb.tally().total(), mb.tally().overdue())));
            UnorderedList list = new UnorderedList();
            for (Directive d : mb.directives().stream().limit(6).toList()) {
                ListItem li = new ListItem(d.responsibleName() + ": " + d.text() + " ");
                li.add(DirectiveGrid.status(d, locale));
                list.add(li);
            }
            s.add(list);
            return s;
        });
    }

    private Div slide(String title, String asOf) {
        Div s = new Div();
        s.addClassName("present-slide");
        s.add(new H1(title));
        Paragraph note = new Paragraph(asOf);
        note.addClassName("present-asof");
        s.add(note);
        return s;
    }

    private void move(int step) {
        int next = Math.max(0, Math.min(slides.size() - 1, index + step));
        if (next != index) {
            index = next;
            show();
        }
    }

    private void show() {
        stage.removeAll();
        stage.add(slides.get(index).get());
        counter.setText(getTranslation("review.slide.count", index + 1, slides.size()));
    }

    private void exit() {
        getUI().ifPresent(ui -> ui.navigate(ReviewView.class, current.selection().toQuery()));
    }
}
