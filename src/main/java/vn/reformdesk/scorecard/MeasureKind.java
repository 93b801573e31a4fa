package vn.reformdesk.scorecard;

/** How a measure's value reads: a percentage (0–100), a count, a rank (1 = best) or points. */
public enum MeasureKind {
    PERCENT, COUNT, RANK, POINTS
}
