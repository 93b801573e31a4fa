package vn.reformdesk.base;

/** The reporting periods of the committee: year, 6 months, 9 months, quarter, month. */
public enum PeriodType {
    YEAR, HALF, NINE_MONTHS, QUARTER, MONTH
}
