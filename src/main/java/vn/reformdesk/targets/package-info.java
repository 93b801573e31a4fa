/**
 * Targets of the fields' measures as data: per measure, per year, per unit, with a province-wide default that
 * units inherit; kept by the secretariat with every change's who and when. The fields' scorecards read them
 * through {@link vn.reformdesk.scorecard.TargetLookup}.
 */
@NullMarked
package vn.reformdesk.targets;

import org.jspecify.annotations.NullMarked;
