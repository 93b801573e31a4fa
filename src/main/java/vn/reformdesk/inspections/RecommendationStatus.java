package vn.reformdesk.inspections;

/** What is recorded: open, or done with evidence. Overdue is derived ({@link RecommendationRules}). */
public enum RecommendationStatus {
    OPEN, DONE
}
