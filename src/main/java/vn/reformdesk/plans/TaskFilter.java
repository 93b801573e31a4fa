package vn.reformdesk.plans;

/**
 * Which tasks of a plan a list shows as of a date: each filter is the condition of the figure it opens
 * ({@link PlanFigures}), so the list's count always equals the figure that was clicked.
 */
public enum TaskFilter {
    /** Every task of the plan, cancelled ones too. */
    ALL("true"),
    /** The denominator of the progress: everything not cancelled by the date. */
    COUNTED(PlanFigures.COUNTED),
    DONE(PlanFigures.DONE),
    /** Counted and not done by the date. */
    OPEN("(" + PlanFigures.COUNTED + " and not " + PlanFigures.DONE + ")"),
    OVERDUE(PlanFigures.OVERDUE),
    DUE_SOON(PlanFigures.DUE_SOON);

    final String sql;

    TaskFilter(String sql) {
        this.sql = sql;
    }
}
