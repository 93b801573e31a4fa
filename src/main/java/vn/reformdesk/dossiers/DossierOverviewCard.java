package vn.reformdesk.dossiers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ui.Card;
import vn.reformdesk.overview.OverviewCard;
import vn.reformdesk.units.Selection;
import vn.reformdesk.units.UnitRef;

import java.util.Locale;
import java.util.Optional;

/** The dossier card on the Overview: received, early-or-on-time %, late %, overdue, with a link to the dashboard. */
@org.springframework.stereotype.Component
class DossierOverviewCard implements OverviewCard {

    private final DossierKpiService kpis;
    private final vn.reformdesk.units.UnitService units;

    DossierOverviewCard(DossierKpiService kpis, vn.reformdesk.units.UnitService units) {
        this.kpis = kpis;
        this.units = units;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> create(UnitRef unit, Period period, Locale locale) {
        DossierKpi.Figures f = kpis.summary(units.readable(unit), period).current();
        if (f.received() == 0 && f.resolved() == 0 && f.pending() == 0) {
            return Optional.empty();
        }
        Div figures = new Div();
        figures.addClassName("rd-figures");
        figures.add(Card.figure(Formats.integer(f.received(), locale), AppI18NProvider.text("dossiers.tile.received", locale)));
        figures.add(Card.figure(f.earlyOrOnTimePct() == null ? "–" : Formats.percent(f.earlyOrOnTimePct(), locale),
                AppI18NProvider.text("dossiers.card.early-or-on-time", locale)));
        figures.add(Card.figure(f.latePct() == null ? "–" : Formats.percent(f.latePct(), locale), AppI18NProvider.text("dossiers.tile.late", locale)));
        figures.add(Card.figure(f.value(DossierKpi.Target.OVERDUE) == null ? "–" : Formats.integer(f.overdue(), locale),
                AppI18NProvider.text("dossiers.tile.overdue", locale)));
        QueryParameters q = new Selection(unit.code(), period).toQuery();
        Anchor link = new Anchor("dossiers?" + q.getQueryString(), AppI18NProvider.text("dossiers.card.open", locale));
        link.getElement().setAttribute("router-link", true);
        Card card = new Card(AppI18NProvider.text("dossiers.card.title", locale), figures, link);
        card.setId("dossiers-card");
        return Optional.of(card);
    }

    @Override
    public Optional<Figures> figures(UnitRef unit, Period period, Locale locale) {
        DossierKpi.Figures f = kpis.summary(units.readable(unit), period).current();
        if (f.received() == 0 && f.resolved() == 0 && f.pending() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Figures(AppI18NProvider.text("dossiers.card.title", locale), java.util.List.of(
                new Figure(AppI18NProvider.text("dossiers.tile.received", locale), f.received()),
                new Figure(AppI18NProvider.text("dossiers.card.early-or-on-time", locale), f.earlyOrOnTimePct()),
                new Figure(AppI18NProvider.text("dossiers.tile.late", locale), f.latePct()),
                new Figure(AppI18NProvider.text("dossiers.tile.overdue", locale),
                        f.value(DossierKpi.Target.OVERDUE) == null ? null : f.overdue()))));
    }
}
