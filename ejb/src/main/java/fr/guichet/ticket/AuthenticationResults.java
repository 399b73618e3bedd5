package fr.guichet.ticket;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the {@code Authentication-Results} headers (RFC 8601) that the receiving mail server adds after
 * checking DMARC, DKIM and SPF. Anybody can write such a header into a message, so only those carrying the
 * configured authserv-id count, and every one of them must pass: a header forged with our id can then
 * only make a message fail. A header passes when DMARC passes, or DKIM or SPF pass for a domain aligned
 * with the From address (the same domain, or one a sub-domain of the other).
 */
public final class AuthenticationResults {

    private AuthenticationResults() {
    }

    public static boolean authenticates(List<String> headers, String authservId, String fromAddress) {
        if (authservId == null || authservId.isBlank() || fromAddress == null || fromAddress.indexOf('@') < 0) {
            return false;
        }
        String fromDomain = domainOf(fromAddress);
        List<List<String>> ours = headers.stream().map(AuthenticationResults::statements)
                .filter(statements -> statements.get(0).split("\\s+")[0].equalsIgnoreCase(authservId.strip()))
                .toList();
        return !ours.isEmpty() && ours.stream().allMatch(statements -> passes(statements.subList(1, statements.size()), fromDomain));
    }

    private static boolean passes(List<String> results, String fromDomain) {
        for (String result : results) {
            String[] words = result.split("\\s+");
            String[] method = words[0].split("=", 2);
            if (method.length < 2 || !method[1].equalsIgnoreCase("pass")) {
                continue;
            }
            Map<String, String> properties = properties(words);
            String name = method[0].toLowerCase(Locale.ROOT).replaceFirst("/.*", "");
            boolean aligned = switch (name) {
                case "dmarc" -> !properties.containsKey("header.from") || domainOf(properties.get("header.from")).equals(fromDomain);
                case "dkim" -> aligned(properties.getOrDefault("header.d", properties.get("header.i")), fromDomain);
                case "spf" -> aligned(properties.get("smtp.mailfrom"), fromDomain);
                default -> false;
            };
            if (aligned) {
                return true;
            }
        }
        return false;
    }

    /** The header without comments, cut at its semicolons: the authserv-id first, then one result each. */
    private static List<String> statements(String header) {
        StringBuilder plain = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (char c : (header == null ? "" : header).toCharArray()) {
            if (c == '"' && depth == 0) {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
                continue;
            } else if (!quoted && c == ')' && depth > 0) {
                depth--;
                continue;
            }
            if (depth == 0) {
                plain.append(c == '\r' || c == '\n' || c == '\t' ? ' ' : c);
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : plain.toString().split(";")) {
            statements.add(statement.strip());
        }
        return statements;
    }

    private static Map<String, String> properties(String[] words) {
        Map<String, String> properties = new HashMap<>();
        for (int i = 1; i < words.length; i++) {
            String[] pair = words[i].split("=", 2);
            if (pair.length == 2) {
                properties.putIfAbsent(pair[0].toLowerCase(Locale.ROOT), pair[1].replace("\"", ""));
            }
        }
        return properties;
    }

    private static boolean aligned(String value, String fromDomain) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String domain = domainOf(value);
        return domain.equals(fromDomain) || subdomain(fromDomain, domain) || subdomain(domain, fromDomain);
    }

    /** A sub-domain of a registered name (at least two labels), never of a bare top-level domain. */
    private static boolean subdomain(String child, String parent) {
        return parent.indexOf('.') > 0 && child.endsWith("." + parent);
    }

    private static String domainOf(String addressOrDomain) {
        String value = addressOrDomain.strip().toLowerCase(Locale.ROOT);
        value = value.substring(value.lastIndexOf('@') + 1);
        return value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
    }
}
