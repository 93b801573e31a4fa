package vn.reformdesk.inspections.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ui.Card;
import vn.reformdesk.inspections.InspectionCommands;
import vn.reformdesk.inspections.InspectionQueries;
import vn.reformdesk.inspections.RecommendationCommands;
import vn.reformdesk.inspections.RecommendationQueries;
import vn.reformdesk.inspections.RecommendationFilter;
import vn.reformdesk.inspections.UnitBacklog;
import vn.reformdesk.inspections.ProgressReport;
import vn.reformdesk.overview.OverviewCard;
import vn.reformdesk.units.Selection;
import vn.reformdesk.units.UnitRef;

import java.util.Locale;
import java.util.Optional;

/** The Overview's inspections card: inspected / planned, open and overdue recommendations, a link to the page. */
@org.springframework.stereotype.Component
class InspectionsOverviewCard implements OverviewCard {

    private final InspectionQueries service;

    InspectionsOverviewCard(InspectionQueries service) {
        this.service = service;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(UnitRef unit, Period period, Locale locale) {
        ProgressReport p = service.progress(unit.id(), period, service.asOf(period));
        ProgressReport.RecommendationSummary r = p.recommendations();
        if (p.total().planned() == 0 && r.open() == 0) {
            return Optional.empty();
        }
        Div figures = new Div();
        figures.addClassName("rd-figures");
        figures.add(Card.figure(Formats.integer(p.total().done(), locale) + "/" + Formats.integer(p.total().planned(), locale),
                        AppI18NProvider.text("inspections.progress.caption", locale)),
                Card.figure(share(p.total().share(), locale), AppI18NProvider.text("inspections.progress.share", locale)));
        Div overdue = Card.figure(Formats.integer(r.overdue(), locale), AppI18NProvider.text("inspections.recs.overdue", locale));
        overdue.addClassName(r.overdue() > 0 ? "rd-status-red" : "rd-status-green");
        figures.add(Card.figure(Formats.integer(r.open(), locale), AppI18NProvider.text("inspections.recs.open", locale)), overdue);
        RouterLink more = new RouterLink(AppI18NProvider.text("inspections.card.more", locale), InspectionsProgressView.class);
        more.setQueryParameters(new Selection(unit.code(), period).toQuery());
        Card card = new Card(AppI18NProvider.text("inspections.card.title", locale), figures, new Paragraph(more));
        card.setId("overview-inspections-card");
        return Optional.of(card);
    }

    /**
     * The card's figures for the Overview's workbook, as the card shows them for the period's cut-off: units inspected,
     * planned, the share of the plan done (unknown without a plan), open and overdue recommendations.
     */
    @Override
    public Optional<Figures> figures(UnitRef unit, Period period, Locale locale) {
        ProgressReport p = service.progress(unit.id(), period, service.asOf(period));
        ProgressReport.RecommendationSummary r = p.recommendations();
        if (p.total().planned() == 0 && r.open() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Figures(AppI18NProvider.text("inspections.card.title", locale), java.util.Arrays.asList(
                new Figure(AppI18NProvider.text("inspections.drill.done", locale), p.total().done()),
                new Figure(AppI18NProvider.text("inspections.drill.planned", locale), p.total().planned()),
                new Figure(AppI18NProvider.text("inspections.progress.share", locale), p.total().share()),
                new Figure(AppI18NProvider.text("inspections.recs.open", locale), r.open()),
                new Figure(AppI18NProvider.text("inspections.recs.overdue", locale), r.overdue()))));
    }

    private static String share(Double share, Locale locale) {
        return share == null ? "–" : Formats.percent(share, locale);
    }
}
