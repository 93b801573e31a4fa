package vn.reformdesk.inspections;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.Period;

/**
 * Inspections of a unit's subtree whose planned month falls in the period, optionally of one type and status.
 * {@code counted}: only those the plan counts ("planned": every status but cancelled, {@code InspectionSql.PLANNED});
 * {@code itself}: only those of the unit itself, not of the units below it (the drill-down's own row).
 */
public record InspectionFilter(long unitId, Period period, @Nullable InspectionType type, @Nullable InspectionStatus status,
                               boolean counted, boolean itself) {

    public InspectionFilter(long unitId, Period period, @Nullable InspectionType type, @Nullable InspectionStatus status) {
        this(unitId, period, type, status, false, false);
    }

    public static InspectionFilter of(long unitId, Period period) {
        return new InspectionFilter(unitId, period, null, null);
    }

    public InspectionFilter withType(@Nullable InspectionType value) {
        return new InspectionFilter(unitId, period, value, status, counted, itself);
    }

    public InspectionFilter withStatus(@Nullable InspectionStatus value) {
        return new InspectionFilter(unitId, period, type, value, counted, itself);
    }

    public InspectionFilter withPeriod(Period value) {
        return new InspectionFilter(unitId, value, type, status, counted, itself);
    }

    /** Only the inspections the plan counts (the "planned" figure): not cancelled. */
    public InspectionFilter counted(boolean value) {
        return new InspectionFilter(unitId, period, type, status, value, itself);
    }

    /** Only the unit's own inspections, not those of the units below it. */
    public InspectionFilter itself(boolean value) {
        return new InspectionFilter(unitId, period, type, status, counted, value);
    }
}
