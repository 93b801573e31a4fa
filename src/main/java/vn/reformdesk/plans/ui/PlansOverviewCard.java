package vn.reformdesk.plans.ui;

import vn.reformdesk.plans.DrillDown;
import vn.reformdesk.plans.Progress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ui.Card;
import vn.reformdesk.overview.OverviewCard;
import vn.reformdesk.plans.PlanQueries;
import vn.reformdesk.units.Selection;
import vn.reformdesk.units.UnitRef;

import java.util.Locale;
import java.util.Optional;

/** The Overview's plan card: the unit's own plan at the period's end, and how its children's plans stand. */
@org.springframework.stereotype.Component
class PlansOverviewCard implements OverviewCard {

    private final PlanQueries plans;

    PlansOverviewCard(PlanQueries plans) {
        this.plans = plans;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(UnitRef unit, Period period, Locale locale) {
        var plan = plans.planOf(unit, period.year());
        DrillDown drill = plans.drillDown(unit, period);
        if (plan.isEmpty() && drill.withPlan() == 0) {
            return Optional.empty();
        }
        Div figures = new Div();
        figures.addClassName("rd-figures");
        if (plan.isPresent()) {
            Progress p = plans.progress(plan.get().id(), plans.asOf(period));
            figures.add(Card.figure(Formats.integer(p.done(), locale) + "/" + Formats.integer(p.total(), locale),
                            t("plans.figure.done", locale)),
                    Card.figure(p.percent() == null ? "–" : Formats.percent(p.percent(), locale), t("plans.figure.percent", locale)),
                    Card.figure(Formats.integer(p.overdue(), locale), t("plans.figure.overdue", locale)));
        } else {
            figures.add(Card.figure(t("plans.no-plan", locale), t("plans.card.own-plan", locale)));
        }
        if (drill.withPlan() > 0) {
            figures.add(Card.figure(drill.percent() == null ? "–" : Formats.percent(drill.percent(), locale),
                    t("plans.card.children", locale, Formats.integer(drill.withPlan(), locale),
                            Formats.integer(drill.withPlan() + drill.withoutPlan(), locale))));
        }
        Anchor open = new Anchor("plans?" + new Selection(unit.code(), period).toQuery().getQueryString(), t("plans.card.open", locale));
        Card card = new Card(t("plans.card.title", locale, Integer.toString(period.year())), figures, open);
        card.setId("plans-overview-card");
        return Optional.of(card);
    }

    @Override
    public Optional<Figures> figures(UnitRef unit, Period period, Locale locale) {
        var plan = plans.planOf(unit, period.year());
        DrillDown drill = plans.drillDown(unit, period);
        if (plan.isEmpty() && drill.withPlan() == 0) {
            return Optional.empty();
        }
        java.util.List<Figure> rows = new java.util.ArrayList<>();
        if (plan.isPresent()) {
            Progress p = plans.progress(plan.get().id(), plans.asOf(period));
            rows.add(new Figure(t("plans.figure.done", locale), p.done()));
            rows.add(new Figure(t("plans.excel.total", locale), p.total()));
            rows.add(new Figure(t("plans.figure.percent", locale), p.percent()));
            rows.add(new Figure(t("plans.figure.overdue", locale), p.overdue()));
        } else {
            rows.add(new Figure(t("plans.card.own-plan", locale), t("plans.no-plan", locale)));
        }
        if (drill.withPlan() > 0) {
            rows.add(new Figure(t("plans.card.children", locale, Formats.integer(drill.withPlan(), locale),
                    Formats.integer(drill.withPlan() + drill.withoutPlan(), locale)), drill.percent()));
        }
        return Optional.of(new Figures(t("plans.card.title", locale, Integer.toString(period.year())), rows));
    }

    private static String t(String key, Locale locale, Object... args) {
        return AppI18NProvider.text(key, locale, args);
    }
}
