package vn.reformdesk.inspections;

import static vn.reformdesk.inspections.RecommendationRules.DONE_BY;
import static vn.reformdesk.inspections.RecommendationRules.OPEN_AS_OF;
import static vn.reformdesk.inspections.RecommendationRules.OVERDUE_AS_OF;

/** Which recommendations a list shows, as of its date (see {@link RecommendationRules}). */
public enum RecommendationFilter {
    OPEN(OPEN_AS_OF), OVERDUE(OVERDUE_AS_OF), DONE(DONE_BY), ALL("true");

    final String sql;

    RecommendationFilter(String sql) {
        this.sql = sql;
    }
}
