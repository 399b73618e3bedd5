package fr.guichet.audit;

import fr.guichet.common.StoredTexts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The short before/after text of an audit entry: only the fields that changed, in a stable order,
 * e.g. {@code population: 20000 → 20500; active: true → false}. Secrets never reach it: callers pass
 * snapshots that leave them out.
 */
public final class ChangeSummary {

    static final int MAX_LENGTH = 2000;
    private static final int MAX_VALUE_LENGTH = 120;

    private ChangeSummary() {
    }

    public static String between(Map<String, ?> before, Map<String, ?> after) {
        Set<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        StringBuilder text = new StringBuilder();
        for (String field : fields) {
            Object old = before.get(field);
            Object now = after.get(field);
            if (!Objects.equals(old, now)) {
                append(text, field + ": " + show(old) + " → " + show(now));
            }
        }
        return text.isEmpty() ? StoredTexts.get("stored.audit.noChange") : truncate(text.toString());
    }

    public static String of(Map<String, ?> values) {
        StringBuilder text = new StringBuilder();
        new LinkedHashMap<>(values).forEach((field, value) -> append(text, field + ": " + show(value)));
        return truncate(text.toString());
    }

    private static void append(StringBuilder text, String part) {
        if (!text.isEmpty()) {
            text.append("; ");
        }
        text.append(part);
    }

    private static String show(Object value) {
        if (value == null) {
            return "∅";
        }
        String text = value.toString();
        return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH - 1) + "…" : text;
    }

    private static String truncate(String text) {
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH - 1) + "…" : text;
    }
}
