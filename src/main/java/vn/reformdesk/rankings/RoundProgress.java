package vn.reformdesk.rankings;

import org.jspecify.annotations.Nullable;
import vn.reformdesk.units.UnitRef;

import java.time.OffsetDateTime;

/**
 * A unit's line on the round's progress board.
 *
 * @param withoutEvidence self-assessed sub-criteria that carry no evidence file (explained in writing, or not at all)
 * @param leftOutReason   the reason when the unit is left out
 */
public record RoundProgress(UnitRef unit, RoundStatus status, int scored, int leaves, int withoutEvidence, int appraised,
                            @Nullable OffsetDateTime submittedAt, @Nullable String leftOutReason, boolean remind) {
}
