package vn.reformdesk.rankings;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * Downloads an evidence file: {@code GET /files/evidence/{id}} for a signed-in user whose scope contains the
 * file's unit ({@link ScoringRoundQueries#evidence}). Always an attachment, never rendered in the browser:
 * {@code Content-Disposition: attachment}, {@code X-Content-Type-Options: nosniff} and a sandboxing
 * Content-Security-Policy. An unknown id and another unit's file answer alike (404 / 403 without a body
 * that tells anything about the file).
 */
@RestController
class EvidenceController {

    static final String PATH = "/files/evidence/";

    private final ScoringRoundQueries queries;

    EvidenceController(ScoringRoundQueries queries) {
        this.queries = queries;
    }

    @GetMapping(PATH + "{id}")
    ResponseEntity<byte[]> download(@PathVariable("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.notFound().build();
        }
        EvidenceFile file;
        try {
            file = queries.evidence(uuid);
        } catch (NoSuchElementException e) {
            return ResponseEntity.notFound().build();
        } catch (AccessDeniedException e) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(file.evidence().fileName(), StandardCharsets.UTF_8).build());
        headers.setContentType(MediaType.parseMediaType(file.evidence().mediaType()));
        headers.setContentLength(file.content().length);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", "sandbox; default-src 'none'");
        headers.set("X-Evidence-SHA256", file.evidence().sha256());
        headers.setCacheControl(CacheControl.noStore().cachePrivate());
        return new ResponseEntity<>(file.content(), headers, HttpStatus.OK);
    }

    /** The address of an evidence file (scope-checked on every request; the id alone opens nothing). */
    public static String href(Evidence e) {
        return PATH + e.id();
    }
}
