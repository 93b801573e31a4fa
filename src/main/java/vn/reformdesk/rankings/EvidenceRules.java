package vn.reformdesk.rankings;

import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.reformdesk.base.UserFacingException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * What an evidence file may be. The rules, in words:
 * <ul>
 * <li>not empty, and at most {@code reformdesk.evidence.max-bytes} (10 MB by default);</li>
 * <li>a PDF, a PNG or JPEG image, or an office document (Word, Excel, PowerPoint, OpenDocument), judged from
 * the file's bytes (Apache Tika's magic numbers), never from its name alone: an executable renamed
 * {@code .pdf} is an executable, and HTML is refused whatever it is called (it could run script if it were
 * ever rendered);</li>
 * <li>stored with its SHA-256 so that anyone can check a file later against what was submitted.</li>
 * </ul>
 * Files are served only as attachments with {@code nosniff} ({@code EvidenceController}).
 */
@Component
public class EvidenceRules {

    /** The media types an evidence file may have, after detection. */
    static final Set<String> ALLOWED = Set.of(
            "application/pdf", "image/png", "image/jpeg",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet");

    /** What the bytes alone say of an office document: a zip or OLE container that the name then makes precise. */
    private static final Set<String> CONTAINERS = Set.of("application/zip", "application/x-tika-ooxml", "application/x-tika-msoffice",
            "application/x-tika-ooxml-protected");

    private final Tika tika = new Tika();
    private final long maxBytes;

    EvidenceRules(@Value("${reformdesk.evidence.max-bytes:10485760}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The file's media type when it is acceptable; a user-facing error naming the file otherwise. */
    public String check(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new UserFacingException("rankings.evidence.empty", fileName);
        }
        if (content.length > maxBytes) {
            throw new UserFacingException("rankings.evidence.too-large", fileName, maxBytes / (1024 * 1024));
        }
        String byContent = tika.detect(content);
        String detected = tika.detect(content, fileName);
        boolean consistent = detected.equals(byContent) || CONTAINERS.contains(byContent);
        if (!ALLOWED.contains(detected) || !consistent) {
            throw new UserFacingException("rankings.evidence.type", fileName);
        }
        return detected;
    }

    /** The name without any folder part or control characters, at most 200 characters. */
    static String cleanName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "evidence";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
