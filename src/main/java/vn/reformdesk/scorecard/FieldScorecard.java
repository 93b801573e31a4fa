package vn.reformdesk.scorecard;

import vn.reformdesk.base.Period;
import vn.reformdesk.units.UnitRef;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The measures of several units in one period, by unit id, in the units' order: each the same as
     * {@link #measures(UnitRef, Period)} of that unit. The review reads every unit below the one it shows; a field
     * whose figures for one unit need a computation shared by many (a tier's ranking) does it once here.
     */
    default Map<Long, List<Measure>> measures(List<UnitRef> units, Period period) {
        Map<Long, List<Measure>> result = new LinkedHashMap<>();
        for (UnitRef unit : units) {
            result.put(unit.id(), measures(unit, period));
        }
        return result;
    }

    /**
     * Every field's measures of each unit, by unit id, the fields in the order given: each field reads all the units at
     * once ({@link #measures(List, Period)}). The review and "my unit" read the units below this way.
     */
    static Map<Long, List<Measure>> everyField(java.util.stream.Stream<FieldScorecard> fields, List<UnitRef> units, Period period) {
        Map<Long, List<Measure>> result = new LinkedHashMap<>();
        units.forEach(u -> result.put(u.id(), new java.util.ArrayList<>()));
        fields.forEach(field -> field.measures(units, period).forEach((id, measures) -> result.get(id).addAll(measures)));
        return result;
    }

    /** The same span a year earlier (the comparison of every {@link Measure#previous()}), or null before 1991. */
    static @org.jspecify.annotations.Nullable Period lastYear(Period period) {
        return period.year() <= 1990 ? null : new Period(period.type(), period.year() - 1, period.index());
    }

    /** The measures this field offers targets for (the targets page lists them). */
    default List<MeasureDef> definitions() {
        return List.of();
    }
}
