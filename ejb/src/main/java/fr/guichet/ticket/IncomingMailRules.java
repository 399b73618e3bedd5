package fr.guichet.ticket;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the mail poller keeps of an incoming message: automatic replies are ignored, and a reply keeps
 * only what its author wrote above the quoted history.
 */
public final class IncomingMailRules {

    /** Lines that start the quoted history in common French and English mail clients. */
    private static final List<Pattern> HISTORY_STARTS = List.of(
            Pattern.compile("^Le .{5,120} a écrit\\s*:\\s*$"),
            Pattern.compile("^On .{5,120} wrote:\\s*$"),
            Pattern.compile("^-{2,}\\s*(Message d'origine|Original Message)\\s*-{2,}\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(De|From)\\s*:.*$"),
            Pattern.compile("^>.*$"));

    private IncomingMailRules() {
    }

    /** RFC 3834 Auto-Submitted, and the Precedence values of list and vacation mail. */
    public static boolean isAutomatic(Map<String, String> headers) {
        String autoSubmitted = header(headers, "Auto-Submitted");
        String precedence = header(headers, "Precedence");
        return autoSubmitted != null && !autoSubmitted.equalsIgnoreCase("no")
                || precedence != null && List.of("bulk", "auto_reply", "junk", "list").contains(precedence.toLowerCase(Locale.ROOT))
                || header(headers, "X-Autoreply") != null || header(headers, "X-Autorespond") != null;
    }

    /** The new part of a reply: everything above the first line that starts the quoted history. */
    public static String withoutQuotedHistory(String body) {
        if (body == null) {
            return "";
        }
        String[] lines = body.replace("\r\n", "\n").split("\n", -1);
        StringBuilder kept = new StringBuilder();
        for (String line : lines) {
            String trimmed = line.strip();
            if (HISTORY_STARTS.stream().anyMatch(start -> start.matcher(trimmed).matches())) {
                break;
            }
            kept.append(line).append('\n');
        }
        return kept.toString().strip();
    }

    private static String header(Map<String, String> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .map(String::strip).findFirst().orElse(null);
    }
}
