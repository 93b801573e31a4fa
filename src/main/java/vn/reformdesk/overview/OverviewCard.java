package vn.reformdesk.overview;

import com.vaadin.flow.component.Component;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.units.UnitRef;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A feature's card on the Overview page for the selected unit and period. A feature registers a Spring
 * bean implementing this; the Overview shows the cards in {@link #order()}. The unit is already checked
 * against the user's scope; the feature's own service checks again.
 */
public interface OverviewCard {

    int order();

    /** The card, or empty when the feature has nothing to say for this unit and period. */
    Optional<Component> create(UnitRef unit, Period period, Locale locale);

    /**
     * The card's figures for the Overview's Excel download, as label and value rows (numbers as numbers, unknown
     * as an empty cell); empty when the card shows nothing for this unit and period.
     */
    default Optional<Figures> figures(UnitRef unit, Period period, Locale locale) {
        return Optional.empty();
    }

    /** A card's title and its figures, in the order the card shows them. */
    record Figures(String title, List<Figure> rows) {
        public Figures {
            rows = List.copyOf(rows);
        }
    }

    /** One figure: its label and value (a Number, text, or null when unknown). */
    record Figure(String label, @org.jspecify.annotations.Nullable Object value) {
    }
}
