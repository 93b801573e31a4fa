package vn.reformdesk.scorecard;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.units.UnitRef;

/**
 * Where the fields' scorecards read their targets (the {@code targets} feature): the unit's own target for
 * the year, else its nearest ancestor's, else the province-wide default. A target set for an earlier year
 * stays in force until another is set.
 */
public interface TargetLookup {

    @Nullable Target target(String targetId, UnitRef unit, int year);
}
