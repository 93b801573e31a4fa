package vn.reformdesk.rankings;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An evidence file of a unit for one sub-criterion (its content is read only through
 * {@link ScoringRoundQueries#evidence(UUID)}, which checks the caller's scope).
 *
 * @param stage SELF (with the self-assessment) or ANSWER (with the answer to an appraisal)
 */
public record Evidence(UUID id, long unitId, long criterionId, String stage, String fileName, String mediaType, long size,
                       String sha256, String uploadedBy, OffsetDateTime uploadedAt) {
}
