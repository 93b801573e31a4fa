package vn.reformdesk.review;

/** A pack the secretariat wants made after every period of a kind, for a unit, mailed to the recipients. */
public record PackSchedule(long id, long unitId, String unitName, Frequency frequency, String recipients, boolean active) {

    /** After which periods a pack is made: every month, quarter, half-year or year end. */
    public enum Frequency { MONTH, QUARTER, HALF, YEAR }
}
