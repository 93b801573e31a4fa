package vn.reformdesk.inspections;

/** Where an inspection stands. Cancelled ones leave the plan; postponed ones stay in it, not done. */
public enum InspectionStatus {
    PLANNED, DONE, POSTPONED, CANCELLED
}
