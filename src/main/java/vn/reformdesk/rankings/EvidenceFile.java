package vn.reformdesk.rankings;

/** An evidence file's content as it is served: always as an attachment. */
public record EvidenceFile(Evidence evidence, byte[] content) {
}
