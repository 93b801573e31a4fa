package vn.reformdesk.targets;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.scorecard.Target;

/**
 * A measure's target for a unit and year as the targets page shows it.
 *
 * @param own       the unit's own target for the year or carried from an earlier year, or null
 * @param ownYear   the year the own target was set for, or null
 * @param effective the target in force (own, inherited or the default), or null when none
 * @param fromUnit  the name of the unit the target is inherited from, or null (own or default)
 */
public record TargetValue(String targetId, @Nullable Double own, @Nullable Integer ownYear, @Nullable Target effective,
                          @Nullable String fromUnit) {
}
