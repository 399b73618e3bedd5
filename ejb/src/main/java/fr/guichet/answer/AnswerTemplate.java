package fr.guichet.answer;

import fr.guichet.common.BusinessRuleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables of a canned answer: {@code {demandeur}}, {@code {reference}}, {@code {objet}}, {@code {service}},
 * {@code {commune}}, {@code {technicien}}. A text may only name these (a typo would reach the commune as is);
 * filling one replaces each by its value, a value that itself looks like a variable staying as written.
 */
public final class AnswerTemplate {

    public static final List<String> VARIABLES = List.of("demandeur", "reference", "objet", "service", "commune", "technicien");
    private static final Pattern VARIABLE = Pattern.compile("\\{([\\p{L}_]+)}");

    private AnswerTemplate() {
    }

    /** Refuses a text naming an unknown variable, saying which and listing the known ones. */
    public static void check(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            if (!VARIABLES.contains(m.group(1))) {
                unknown.add("{" + m.group(1) + "}");
            }
        }
        if (!unknown.isEmpty()) {
            throw new BusinessRuleException("answer.variable.unknown", String.join(", ", unknown),
                    String.join(", ", VARIABLES.stream().map(v -> "{" + v + "}").toList()));
        }
    }

    /** The text with each variable replaced in one pass; a missing value reads as an em dash. */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String value = VARIABLES.contains(m.group(1)) ? values.getOrDefault(m.group(1), "—") : m.group();
            m.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "—" : value));
        }
        m.appendTail(filled);
        return filled.toString();
    }
}
