package vn.reformdesk.scorecard;

import vn.reformdesk.base.Period;
import vn.reformdesk.units.UnitRef;

import java.util.List;

/**
 * One field's standing of a unit (its whole subtree) in a period, against the unit's targets, read as of
 * the period's cut-off ({@code ReportingClock.asOf}). A feature registers one bean; implementations check
 * the user's scope like any other read of the feature.
 */
public interface FieldScorecard {

    /** The field: {@code plans}, {@code dossiers}, {@code rankings}, {@code inspections}, {@code directives}. */
    String field();

    /** Position on pages that list the fields. */
    int order();

    /** The unit's measures; a measure without data carries {@code actual == null} (unknown, never 0). */
    List<Measure> measures(UnitRef unit, Period period);
}
