/**
 * The administrative-unit tree (province → district → commune, or province → commune since July 2025,
 * plus provincial departments), its import from the statistics office's list, and the unit scope that
 * every other feature checks through {@link vn.reformdesk.units.UnitService}.
 */
@NullMarked
package vn.reformdesk.units;

import org.jspecify.annotations.NullMarked;
