package vn.reformdesk.rankings;

/** Where a unit stands in a scoring round (derived, never stored). */
public enum RoundStatus {
    /** Nothing entered yet. */
    NOT_STARTED,
    /** Points entered, not submitted. */
    DRAFTING,
    /** Submitted (locked); not every sub-criterion appraised yet. */
    SUBMITTED,
    /** The unit answered an appraisal; the appraiser has not decided yet. */
    ANSWERED,
    /** Every self-assessed sub-criterion appraised and every answer decided. */
    APPRAISED,
    /** Left out of the year's ranking by the secretariat, with a reason. */
    LEFT_OUT
}
