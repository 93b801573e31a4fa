package vn.reformdesk.units;

import vn.reformdesk.base.Period;

import java.util.List;
import java.util.Map;

/**
 * A figure a feature publishes per unit so that other features can compare units without depending on
 * that feature (e.g. the inspection plan suggests the units with the worst dossier late rate or plan
 * progress). A feature registers a Spring bean implementing this; implementations check scope like any
 * other read of the feature.
 */
public interface UnitIndicator {

    /** Stable id, e.g. {@code dossiers.late-rate}. */
    String id();

    /** Translation key of the indicator's name. */
    String labelKey();

    /** True when a larger value is worse (late rate, overdue tasks), false when smaller is worse (progress). */
    boolean higherIsWorse();

    /** Suffix shown after values, e.g. "%"; empty for plain counts. */
    String suffix();

    /** The value for each unit (its whole subtree) in the period; units without data are left out. */
    Map<Long, Double> values(List<UnitRef> units, Period period);
}
