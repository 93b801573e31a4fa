package vn.reformdesk.rankings;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;

/**
 * One unit × sub-criterion of a scoring round: the self-assessed points with the evidence files or the
 * written explanation, the appraisal (ACCEPTED or CHANGED with a reason), the unit's answer and the
 * appraiser's decision (KEPT or CHANGED with a reason). {@code appraised} is the figure that counts.
 */
public record RoundEntry(Criterion criterion, Criterion area, @Nullable BigDecimal self, @Nullable String explanation,
                         List<Evidence> evidence, @Nullable BigDecimal appraised, @Nullable String appraisal,
                         @Nullable String appraisalReason, @Nullable String answer, @Nullable String decision,
                         @Nullable String decisionReason, @Nullable BigDecimal survey) {

    public boolean hasSelfEvidence() {
        return evidence.stream().anyMatch(e -> e.stage().equals("SELF"));
    }

    public boolean awaitsDecision() {
        return answer != null && decision == null;
    }
}
