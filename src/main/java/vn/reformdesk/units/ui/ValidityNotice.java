package vn.reformdesk.units.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.Period;
import vn.reformdesk.units.FigureScope;
import vn.reformdesk.units.LineageLink;
import vn.reformdesk.units.Selection;
import vn.reformdesk.units.UnitLineageService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;
import java.util.List;

/**
 * A line under the header of every page: that the selected unit was abolished (when, and into what, with links
 * that keep the page and period), or that the structure changed during the selected period. Empty otherwise.
 */
public class ValidityNotice extends Div {

    private final UnitLineageService lineage;

    public ValidityNotice(UnitLineageService lineage) {
        this.lineage = lineage;
        addClassName("validity-notice");
        setId("validity-notice");
        setVisible(false);
    }

    public void show(UnitRef unit, Period period, String path, Selection selection) {
        removeAll();
        removeClassName("approximate");
        var locale = getLocale();
        List<LineageLink> successors = lineage.successors(unit.id());
        if (unit.validTo() != null && unit.validTo().isBefore(period.end()) && !successors.isEmpty()) {
            add(new Span(getTranslation("units.abolished", Formats.date(successors.getFirst().effective(), locale)) + " "));
            for (int i = 0; i < successors.size(); i++) {
                UnitRef s = successors.get(i).unit();
                Period shown = period.end().isBefore(successors.get(i).effective()) ? Period.year(successors.get(i).effective().getYear() + 1) : period;
                Anchor a = new Anchor(path + "?" + new Selection(s.code(), shown).toQuery().getQueryString(), UnitNames.name(s, locale));
                a.getElement().setAttribute("router-link", true);
                add(a);
                if (i < successors.size() - 1) {
                    add(new Span(", "));
                }
            }
            setVisible(true);
            return;
        }
        if (unit.validFrom() != null && period.start().isBefore(unit.validFrom())) {
            FigureScope scope = lineage.figureScope(unit);
            if (scope.withPredecessors()) {
                Span text = new Span(getTranslation("units.history-from", Formats.date(unit.validFrom(), locale))
                        + (scope.approximate() ? " " + getTranslation("units.approximate") : ""));
                add(text);
                if (scope.approximate()) {
                    addClassName("approximate");
                }
                setVisible(true);
                return;
            }
        }
        if (unit.validFrom() != null && !period.end().isBefore(unit.validFrom()) && showsDossierStocks(path)) {
            // after the change: the open dossiers of the units it replaced are counted here
            FigureScope scope = lineage.figureScope(unit);
            var shares = lineage.stockShares(unit, period.end());
            if (scope.withPredecessors() || !shares.stocksOnly().isEmpty()) {
                add(new Span(getTranslation("units.pending-inherited", Formats.date(unit.validFrom(), locale))
                        + (shares.heirOfPart() ? " " + getTranslation("units.pending-inherited-part") : "")));
                setVisible(true);
                return;
            }
        }
        List<LocalDate> changes = lineage.changesDuring(period);
        if (!changes.isEmpty()) {
            add(new Span(getTranslation("units.structure-changed", Formats.date(changes.getFirst(), locale))));
            setVisible(true);
            return;
        }
        setVisible(false);
    }

    /** The pages that show pending and overdue stocks: the overview and the dossiers page. */
    private static boolean showsDossierStocks(String path) {
        return path.isEmpty() || path.equals("dossiers");
    }
}
