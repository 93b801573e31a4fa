package vn.reformdesk.inspections;

/** Planned in the year's plan, or a surprise inspection (kiểm tra đột xuất). */
public enum InspectionType {
    SCHEDULED, SURPRISE
}
