package fr.guichet.cmdb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An item's attributes: checked against its kind, stored as one {@code name=value} line each in the kind's order,
 * written in a CSV cell as {@code name=value | name=value}.
 */
public final class ItemAttributes {

    /** What is wrong: a message key and its arguments. */
    public record Problem(String messageKey, List<Object> arguments) {

        Problem(String messageKey, Object... arguments) {
            this(messageKey, List.of(arguments));
        }
    }

    public static final String SEPARATOR = "|";

    private ItemAttributes() {
    }

    /** Every problem of these attributes for this kind: an unknown name, a value of the wrong form. */
    public static List<Problem> check(ItemKind kind, Map<String, String> attributes) {
        List<Problem> problems = new ArrayList<>();
        attributes.forEach((name, value) -> {
            AttributeType type = kind.attributes().get(name);
            if (type == null) {
                problems.add(new Problem("cmdb.attribute.unknown", name, String.join(", ", kind.attributes().keySet())));
            } else if (!type.accepts(value)) {
                problems.add(new Problem("cmdb.attribute.invalid." + type.name(), name, value));
            }
        });
        return problems;
    }

    /** The attributes of a CSV cell ({@code version=5.2 | url=https://…}); empty when the cell is. */
    public static Optional<Map<String, String>> parse(String cell) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (cell == null || cell.isBlank()) {
            return Optional.of(attributes);
        }
        for (String pair : cell.split("\\" + SEPARATOR)) {
            int equals = pair.indexOf('=');
            if (equals <= 0 || attributes.putIfAbsent(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip()) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(attributes);
    }

    /** As stored: the kind's order, one {@code name=value} line each (values hold no line break: see {@link #check}). */
    public static String stored(ItemKind kind, Map<String, String> attributes) {
        StringBuilder text = new StringBuilder();
        for (String name : kind.attributes().keySet()) {
            String value = attributes.get(name);
            if (value != null) {
                text.append(name).append('=').append(value).append('\n');
            }
        }
        return text.toString();
    }

    public static Map<String, String> read(String stored) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (stored != null) {
            for (String line : stored.split("\n")) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    attributes.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
        }
        return attributes;
    }

    /** Blank values dropped and the rest stripped: a form or a file leaves empty fields for attributes not given. */
    public static Map<String, String> given(Map<String, String> attributes) {
        Map<String, String> given = new LinkedHashMap<>();
        if (attributes != null) {
            attributes.forEach((name, value) -> {
                if (name != null && value != null && !value.isBlank()) {
                    given.put(name.strip(), value.strip());
                }
            });
        }
        return given;
    }
}
