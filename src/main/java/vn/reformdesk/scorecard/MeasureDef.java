package vn.reformdesk.scorecard;

/**
 * A measure a field offers, for the targets page: its target id (shared by the measures it stands for, e.g.
 * {@code rankings.score} for every index's score), name, how it reads and which way its target points.
 */
public record MeasureDef(String field, String targetId, String labelKey, MeasureKind kind, Target.Comparison comparison) {
}
