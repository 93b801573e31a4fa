package vn.reformdesk.rankings;

import java.time.LocalDateTime;

/** A published state of an index's scores: revision 1 is the first publication, later ones are corrections. */
public record Revision(int revision, String createdBy, LocalDateTime createdAt, String reason) {
}
