package vn.reformdesk.overview;

import com.vaadin.flow.component.Component;
import vn.reformdesk.base.Period;
import vn.reformdesk.units.UnitRef;

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
}
