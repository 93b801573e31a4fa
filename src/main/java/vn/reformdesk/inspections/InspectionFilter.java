package vn.reformdesk.inspections;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.Period;

/** Inspections of a unit's subtree whose planned month falls in the period, optionally of one type and status. */
public record InspectionFilter(long unitId, Period period, @Nullable InspectionType type, @Nullable InspectionStatus status) {

    public static InspectionFilter of(long unitId, Period period) {
        return new InspectionFilter(unitId, period, null, null);
    }

    public InspectionFilter withType(@Nullable InspectionType value) {
        return new InspectionFilter(unitId, period, value, status);
    }

    public InspectionFilter withStatus(@Nullable InspectionStatus value) {
        return new InspectionFilter(unitId, period, type, value);
    }

    public InspectionFilter withPeriod(Period value) {
        return new InspectionFilter(unitId, value, type, status);
    }
}
