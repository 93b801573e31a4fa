package vn.reformdesk.inspections;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.units.UnitRef;

import java.time.LocalDate;

/** One inspection as read back, with counts of its recommendations. */
public record Inspection(long id, long version, long planUnitId, int planYear, UnitRef target, int plannedMonth,
                         @Nullable LocalDate plannedDate, InspectionType type, String topicCode, String teamLead,
                         String members, InspectionStatus status, @Nullable LocalDate actualDate,
                         @Nullable String postponeReason, String findings, int recommendations, int openRecommendations) {

    /** The day it happened, or the planned day; null when only the month is planned. */
    public @Nullable LocalDate day() {
        return actualDate != null ? actualDate : plannedDate;
    }

    /** The day it is shown on in a calendar: as {@link #day()}, else the first of the planned month. */
    public LocalDate calendarDay() {
        LocalDate d = day();
        return d != null ? d : LocalDate.of(planYear, plannedMonth, 1);
    }
}
