package vn.reformdesk.scorecard;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * One figure of a field for one unit and period, with its target and the same figure for the span it is
 * compared with.
 *
 * @param field     the field ({@link FieldScorecard#field()})
 * @param id        stable id, e.g. {@code dossiers.online-share}, {@code plans.overdue-tasks}
 * @param labelKey  translation key of the figure's name
 * @param labelArgs its arguments (e.g. the index's name)
 * @param actual    the value, or null when unknown (not reported, no plan, not scored)
 * @param target    the target in force for this unit and year, or null when none is set
 * @param previous  the value for the comparison span (same span a year before), or null when unknown
 * @param kind      how the value reads
 * @param asOf      the day the figure is read as of
 * @param gapKey    translation key of the gap in the field's own terms ("about {0} dossiers short"), or ""
 * @param gapArgs   its arguments
 * @param part      for a share: the count it is made of ("29" of "29/36"), or null
 * @param whole     for a share: the count it is taken of ("36"), or null
 */
public record Measure(String field, String id, String labelKey, List<Object> labelArgs, @Nullable Double actual, @Nullable Target target,
                      @Nullable Double previous, MeasureKind kind, LocalDate asOf, String gapKey, List<Object> gapArgs,
                      @Nullable Long part, @Nullable Long whole) {

    public Measure {
        labelArgs = List.copyOf(labelArgs);
        gapArgs = List.copyOf(gapArgs);
    }

    /** A measure that is not a share of counts. */
    public Measure(String field, String id, String labelKey, List<Object> labelArgs, @Nullable Double actual, @Nullable Target target,
                   @Nullable Double previous, MeasureKind kind, LocalDate asOf, String gapKey, List<Object> gapArgs) {
        this(field, id, labelKey, labelArgs, actual, target, previous, kind, asOf, gapKey, gapArgs, null, null);
    }

    /** The same measure stating the counts its share is made of. */
    public Measure withCounts(long part, long whole) {
        return new Measure(field, id, labelKey, labelArgs, actual, target, previous, kind, asOf, gapKey, gapArgs, part, whole);
    }

    /** True when the value is known and misses its target. */
    public boolean behind() {
        return actual != null && target != null && !target.isMetBy(actual);
    }

    /** How far the value is from its target in the measure's own unit (positive = short), or null. */
    public @Nullable Double shortfall() {
        if (actual == null || target == null) {
            return null;
        }
        return target.shortfall(actual);
    }
}
