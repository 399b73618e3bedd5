package fr.guichet.attachment;

import fr.guichet.common.BusinessRuleException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * Which files may be attached (to a ticket, a demand), judged on their content: the type comes from the bytes
 * (magic numbers), the name only tells apart formats that share a container (a .docx and a .xlsx are
 * both Office Open XML zips). Anything scriptable a browser could run (HTML, SVG) or execute is refused.
 */
public final class AttachmentTypes {

    private static final Tika TIKA = new Tika();

    private static final Set<String> ACCEPTED = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
            "image/webp", "text/plain", "message/rfc822", "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.presentation");

    /** Containers whose exact type the name gives, and the types a name may give inside them. */
    private static final Map<String, Set<String>> CONTAINERS = Map.of(
            "application/x-tika-ooxml", Set.of(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            "application/x-tika-msoffice", Set.of("application/msword", "application/vnd.ms-excel",
                    "application/vnd.ms-powerpoint"),
            "text/plain", Set.of("text/csv", "text/plain"));

    /** A file that passed the checks: its safe name, type judged on content, and SHA-256. */
    public record Vetted(String name, String contentType, String sha256) {
    }

    private AttachmentTypes() {
    }

    /** Size (not empty, at most {@code maxBytes}) and type checks of an uploaded file, for tickets and demands alike. */
    public static Vetted vet(String fileName, byte[] content, long maxBytes) {
        String name = safeName(fileName);
        if (content.length == 0 || content.length > maxBytes) {
            throw new BusinessRuleException("attachment.size.refused", name, maxBytes / (1024 * 1024));
        }
        return new Vetted(name, accepted(content, name), sha256(content));
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The content type to store and serve, or a refusal naming the file. */
    public static String accepted(byte[] content, String fileName) {
        String byContent = TIKA.detect(content);
        Set<String> refinements = CONTAINERS.get(byContent);
        if (refinements != null) {
            String byName = TIKA.detect(fileName.toLowerCase(Locale.ROOT));
            if (refinements.contains(byName)) {
                return byName;
            }
            if (!byContent.startsWith("application/x-tika")) {
                return byContent;
            }
        }
        if (ACCEPTED.contains(byContent)) {
            return byContent;
        }
        throw new BusinessRuleException("attachment.type.refused", fileName);
    }

    /** The name without any path, control characters or quotes, at most 200 characters. */
    public static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "piece-jointe";
        }
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }
}
