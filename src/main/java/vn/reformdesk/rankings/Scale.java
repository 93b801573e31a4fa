package vn.reformdesk.rankings;

/** How an index states a unit's score: its points, or its points as a share of the maximum. */
public enum Scale {
    POINTS, PERCENT
}
