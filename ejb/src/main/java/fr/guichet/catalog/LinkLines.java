package fr.guichet.catalog;

import fr.guichet.common.BusinessRuleException;
import java.util.ArrayList;
import java.util.List;

/**
 * The links of a service as a manager types them, one per line: {@code Label | https://address}
 * (the last bar separates them, so labels may hold one).
 * Only https addresses are accepted, so a link can neither run script nor leak a session.
 */
public final class LinkLines {

    /** One parsed line. */
    public record Link(String label, String url) {
    }

    private LinkLines() {
    }

    public static List<Link> parse(String text) {
        List<Link> links = new ArrayList<>();
        if (text == null) {
            return links;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            String label = bar < 0 ? "" : line.substring(0, bar).trim();
            String url = bar < 0 ? line.trim() : line.substring(bar + 1).trim();
            if (label.isEmpty() || label.length() > 150 || !url.matches("https://[^\\s<>\"]{3,490}")) {
                throw new BusinessRuleException("service.link.invalid", line.trim());
            }
            links.add(new Link(label, url));
        }
        return links;
    }

    public static String format(List<ServiceLink> links) {
        return String.join("\n", links.stream().map(l -> l.getLabel() + " | " + l.getUrl()).toList());
    }
}
