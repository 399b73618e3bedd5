package fr.guichet.catalog;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Formatted text (service descriptions) reduced to harmless HTML: paragraphs, lists, emphasis, headings
 * and https links; scripts, styles, event handlers and other URLs never survive.
 */
public final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "ul", "ol", "li", "strong", "em", "b", "i", "h3", "h4", "blockquote", "code")
            .allowElements("a").allowAttributes("href").onElements("a").allowUrlProtocols("https", "mailto")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private RichText() {
    }

    /** The words of the text without markup, for full-text search. */
    public static String plainText(String html) {
        return html == null ? "" : html.replaceAll("<[^>]*>", " ").replace("&amp;", "&").replace("&#39;", "'")
                .replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replaceAll("\\s+", " ").trim();
    }

    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
