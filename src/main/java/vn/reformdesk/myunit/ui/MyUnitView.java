package vn.reformdesk.myunit.ui;

import com.vaadin.flow.component.html.Anchor;
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
import vn.reformdesk.base.ui.Card;
import vn.reformdesk.base.ui.TextParts;
import vn.reformdesk.base.ui.PeriodLabels;
import vn.reformdesk.myunit.ChildStanding;
import vn.reformdesk.myunit.FieldFigures;
import vn.reformdesk.myunit.MyUnitPage;
import vn.reformdesk.myunit.MyUnitService;
import vn.reformdesk.scorecard.AgendaItem;
import vn.reformdesk.scorecard.Measure;
import vn.reformdesk.scorecard.MeasureKind;
import vn.reformdesk.scorecard.MeasureTexts;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * A unit leader's home page: each field's figures against the targets with the gap and the trend, everything
 * the unit must do (overdue first), the deadlines of the next 30 days, and the units below it, worst first.
 * Lists rather than grids, so that the page reads on a phone.
 */
@Route(MyUnitView.ROUTE)
@PageTitle("ReformDesk")
@PermitAll
@Menu(order = 1, title = "myunit.nav", icon = "vaadin:user-card")
class MyUnitView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "my-unit";

    private final SelectionService selections;
    private final MyUnitService service;

    MyUnitView(SelectionService selections, MyUnitService service) {
        this.selections = selections;
        this.service = service;
        addClassName("myunit-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SelectionService.Resolved sel = selections.resolve(event.getLocation().getQueryParameters());
        Locale locale = getLocale();
        UnitRef unit = sel.unit();
        MyUnitPage page = service.page(sel.readable(), sel.period());
        add(new H1(getTranslation("myunit.title", UnitNames.name(unit, locale))));
        Paragraph sub = new Paragraph(PeriodLabels.label(sel.period(), locale) + " · "
                + getTranslation("myunit.as-of", Formats.date(page.asOf(), locale)));
        sub.addClassName("rd-note");
        add(sub);

        Div grid = new Div();
        grid.addClassName("card-grid");
        grid.add(fieldsCard(page, sel, locale));
        grid.add(agendaCard(page, locale));
        grid.add(dueSoonCard(page, locale));
        if (!page.children().isEmpty()) {
            grid.add(childrenCard(page, sel, locale));
        }
        add(grid);
    }

    private Card fieldsCard(MyUnitPage page, SelectionService.Resolved sel, Locale locale) {
        Div list = new Div();
        list.addClassName("rd-list");
        list.setId("myunit-figures");
        List<TextParts.Row> rows = new ArrayList<>();
        for (FieldFigures field : page.fields()) {
            if (field.measures().isEmpty()) {
                continue;
            }
            rows.add(new TextParts.Row("rd-list-heading", Map.of(), List.of(TextParts.part("", MeasureTexts.field(field.field(), locale)))));
            for (Measure m : field.measures()) {
                rows.add(measureRow(m, locale));
            }
        }
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("myunit.figures.none")));
        } else {
            // the rows are one element (a page lists some thirty figures): see TextParts
            TextParts.rows(list, rows);
        }
        Anchor lost = new Anchor("rankings/unit?" + sel.selection().toQuery().getQueryString(), getTranslation("myunit.points-lost"));
        lost.getElement().setAttribute("router-link", true);
        lost.setId("myunit-points-lost");
        return new Card(getTranslation("myunit.figures.title"), list, lost);
    }

    /** Name and value; below, the target with its rule, the gap in the field's terms, the trend and the as-of date. */
    private TextParts.Row measureRow(Measure m, Locale locale) {
        String state = switch (MeasureTexts.state(m)) {
            case BEHIND -> "rd-status-red";
            case MET -> "rd-status-green";
            default -> "rd-muted";
        };
        List<String> detail = new ArrayList<>();
        detail.add(MeasureTexts.rule(m, locale));
        String gap = MeasureTexts.gap(m, locale);
        if (!gap.isEmpty()) {
            detail.add(gap);
        } else if (m.behind() && m.shortfall() != null) {
            detail.add(getTranslation("myunit.gap", MeasureTexts.value(Math.abs(m.shortfall()), m.kind(), locale)));
        }
        if (m.actual() != null && m.previous() != null) {
            double change = m.actual() - m.previous();
            // for a rank a smaller number is better: show the places moved, up or down
            boolean better = m.kind() == MeasureKind.RANK ? change < 0 : change > 0;
            String arrow = change == 0 ? "=" : better ? "▲" : "▼";
            detail.add(getTranslation("myunit.trend", arrow, MeasureTexts.value(Math.abs(change), m.kind(), locale),
                    MeasureTexts.previous(m, locale)));
        }
        detail.add(getTranslation("myunit.as-of", Formats.date(m.asOf(), locale)));
        return new TextParts.Row("rd-list-row", Map.of("measure", m.id()), List.of(TextParts.part("rd-list-title", MeasureTexts.label(m, locale)),
                TextParts.part("rd-list-value " + state, MeasureTexts.value(m, locale)),
                TextParts.part("rd-list-detail", String.join(" · ", detail))));
    }

    private Card agendaCard(MyUnitPage page, Locale locale) {
        Div list = itemList(page.agenda(), locale, "myunit-agenda");
        if (page.agenda().isEmpty()) {
            list.add(new Paragraph(getTranslation("myunit.agenda.none")));
        }
        return new Card(getTranslation("myunit.agenda.title", Formats.integer(page.overdue(), locale),
                Formats.integer(page.agenda().size() - page.overdue() - page.done(), locale), Formats.integer(page.done(), locale)), list);
    }

    private Card dueSoonCard(MyUnitPage page, Locale locale) {
        Div list = itemList(page.dueSoon(), locale, "myunit-due-soon");
        if (page.dueSoon().isEmpty()) {
            list.add(new Paragraph(getTranslation("myunit.due-soon.none")));
        }
        return new Card(getTranslation("myunit.due-soon.title", Formats.integer(MyUnitService.DUE_SOON_DAYS, locale)), list);
    }

    private Div itemList(List<AgendaItem> items, Locale locale, String id) {
        Div list = new Div();
        list.addClassName("rd-list");
        list.setId(id);
        List<TextParts.Row> rows = new ArrayList<>();
        for (AgendaItem item : items) {
            String status = switch (item.status()) {
                case OVERDUE -> "rd-status-red";
                case OPEN -> "rd-status-amber";
                case DONE -> "rd-status-green";
            };
            String detail = getTranslation("myunit.kind." + item.kind()) + " · " + item.source()
                    + (item.deadline() == null ? "" : " · " + getTranslation("myunit.deadline", Formats.date(item.deadline(), locale)))
                    + (item.status() == AgendaItem.Status.DONE && item.doneOn() != null
                    ? " · " + getTranslation("myunit.done-on", Formats.date(item.doneOn(), locale)) : "");
            rows.add(new TextParts.Row("rd-list-row", Map.of("kind", item.kind(), "id", Long.toString(item.id())),
                    List.of(TextParts.link("rd-list-title", item.title(), item.route()),
                            TextParts.part("rd-list-value " + status, getTranslation("myunit.status." + item.status().name())),
                            TextParts.part("rd-list-detail", detail))));
        }
        return rows.isEmpty() ? list : TextParts.rows(list, rows);
    }

    private Card childrenCard(MyUnitPage page, SelectionService.Resolved sel, Locale locale) {
        Div list = new Div();
        list.addClassName("rd-list");
        list.setId("myunit-children");
        List<TextParts.Row> rows = new ArrayList<>();
        int rank = 0;
        for (ChildStanding c : page.children()) {
            rank++;
            rows.add(new TextParts.Row("rd-list-row", Map.of("unit", c.unit().code()), List.of(
                    TextParts.link("rd-list-title", rank + ". " + UnitNames.name(c.unit(), locale),
                            ROUTE + "?" + sel.selection().withUnit(c.unit().code()).toQuery().getQueryString()),
                    TextParts.part("rd-list-value " + (c.overdue() > 0 ? "rd-status-red" : "rd-status-green"),
                            getTranslation("myunit.children.overdue", Formats.integer(c.overdue(), locale))),
                    TextParts.part("rd-list-detail", getTranslation("myunit.children.detail", Formats.integer(c.open(), locale),
                            Formats.integer(c.behind(), locale))))));
        }
        TextParts.rows(list, rows);
        return new Card(getTranslation("myunit.children.title"), list);
    }

}
