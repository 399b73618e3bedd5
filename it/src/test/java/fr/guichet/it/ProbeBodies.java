package fr.guichet.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Request bodies made from the OpenAPI schemas: a plausible body with every property, and the same body
 * with one value spoiled at a time (wrong kind, huge number or text, control character, impossible date).
 */
final class ProbeBodies {

    /** A JSON literal written as is, for numbers no Java type holds (1E-999999999). */
    record Raw(String json) {
    }

    /** One spoiled body: what was done where, and whether the server must refuse it. */
    record Variant(String label, Object body, boolean mustRefuse) {
    }

    static final String HUGE_TEXT = "é漢😀a".repeat(25_000);
    private static final List<String> HUGE_NUMBERS = List.of("1E-999999999", "1e999999999", "9999999999999999999999");
    private static final List<String> BAD_DATES = List.of("0000-01-01", "99999-12-31", "+99999-12-31", "2026-02-30");

    private final ApiDocument document;
    private final Function<String, String> idFor;

    /** {@code idFor} gives a plausible value for a property name (serviceId, memberId...). */
    ProbeBodies(ApiDocument document, Function<String, String> idFor) {
        this.document = document;
        this.idFor = idFor;
    }

    Object example(Map<String, Object> schema) {
        return example(schema, "");
    }

    private Object example(Map<String, Object> raw, String name) {
        Map<String, Object> schema = document.resolve(raw);
        if (schema.containsKey("example") && !(schema.get("example") instanceof Map)) {
            return schema.get("example") instanceof Number n ? new Raw(n.toString()) : schema.get("example");
        }
        if (schema.containsKey("enum")) {
            return ApiDocument.list(schema.get("enum")).get(0);
        }
        switch (ApiDocument.type(schema)) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                ApiDocument.map(schema.get("properties")).forEach((key, child) -> object.put(key, example(ApiDocument.map(child), key)));
                Object additional = schema.get("additionalProperties");
                if (object.isEmpty() && additional instanceof Map<?, ?> values) {
                    object.put(idFor.apply("memberId"), example(ApiDocument.map(values), ""));
                }
                return object;
            }
            case "array" -> {
                List<Object> array = new ArrayList<>();
                Map<String, Object> items = ApiDocument.map(schema.get("items"));
                String known = idFor.apply(name);
                if (!ApiDocument.type(document.resolve(items)).equals("integer")) {
                    array.add(example(items, name));
                } else if (known != null) {
                    array.add(new Raw(known));
                }
                return array;
            }
            case "integer" -> {
                String known = idFor.apply(name);
                return known != null ? new Raw(known) : new Raw(schema.containsKey("minimum") ? String.valueOf(schema.get("minimum")) : "1");
            }
            case "number" -> {
                return new Raw("1");
            }
            case "boolean" -> {
                return false;
            }
            case "string" -> {
                if ("date".equals(schema.get("format"))) {
                    return "2026-03-02";
                }
                if ("date-time".equals(schema.get("format"))) {
                    return "2026-03-02T09:00:00+01:00";
                }
                if ("email".equals(schema.get("format"))) {
                    return "sonde@example.fr";
                }
                String known = idFor.apply(name);
                return known != null ? known : "sonde";
            }
            default -> {
                return "sonde";
            }
        }
    }

    /** The example body, then one spoiled value at a time, each property and nested value in turn. */
    List<Variant> variants(Map<String, Object> schema) {
        Object base = example(schema);
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("malformed JSON", new Raw("{\"sonde\": "), true));
        variants.add(new Variant("array instead of object", new Raw("[]"), true));
        if (base instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> unknown = (Map<String, Object>) copy(map);
            unknown.put("zzChampInconnu", 1);
            variants.add(new Variant("unknown field zzChampInconnu", unknown, true));
        }
        spoil(document.resolve(schema), base, new ArrayList<>(), base, variants);
        return variants;
    }

    private void spoil(Map<String, Object> schema, Object value, List<Object> path, Object root, List<Variant> variants) {
        String where = path.isEmpty() ? "body" : path.toString();
        String type = schema.containsKey("enum") ? "string" : ApiDocument.type(schema);
        if (!path.isEmpty()) {
            variants.add(new Variant("wrong type at " + where, replace(root, path, type.equals("string") ? new Raw("12345") : "sonde"), true));
        }
        switch (type) {
            case "object" -> {
                if (value instanceof Map<?, ?> object) {
                    Map<String, Object> properties = ApiDocument.map(schema.get("properties"));
                    for (Object key : object.keySet()) {
                        Map<String, Object> child = properties.containsKey(key) ? ApiDocument.map(properties.get(key))
                                : ApiDocument.map(schema.get("additionalProperties"));
                        spoil(document.resolve(child), object.get(key), append(path, key), root, variants);
                    }
                }
            }
            case "array" -> {
                if (value instanceof List<?> array && !array.isEmpty()) {
                    spoil(document.resolve(ApiDocument.map(schema.get("items"))), array.get(0), append(path, 0), root, variants);
                }
            }
            case "integer", "number" -> HUGE_NUMBERS.forEach(n -> variants.add(new Variant(n + " at " + where, replace(root, path, new Raw(n)), true)));
            case "string" -> {
                variants.add(new Variant("100 000 characters at " + where, replace(root, path, HUGE_TEXT), false));
                variants.add(new Variant("control character at " + where, replace(root, path, "a\u0000b"), true));
                if ("date".equals(schema.get("format"))) {
                    BAD_DATES.forEach(d -> variants.add(new Variant(d + " at " + where, replace(root, path, d), true)));
                }
            }
            default -> {
            }
        }
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    @SuppressWarnings("unchecked")
    private static Object replace(Object root, List<Object> path, Object value) {
        Object copy = copy(root);
        Object parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = parent instanceof Map<?, ?> m ? m.get(path.get(i)) : ((List<?>) parent).get((Integer) path.get(i));
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof Map<?, ?> m) {
            ((Map<Object, Object>) m).put(last, value);
        } else {
            ((List<Object>) parent).set((Integer) last, value);
        }
        return copy;
    }

    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, copy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return value;
    }

    /** JSON text of a body tree; control characters are escaped, so they travel as the JSON escapes them. */
    static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.json());
        } else if (value instanceof Boolean || value instanceof Number) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                write(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            out.append('"');
            for (char c : value.toString().toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }
    }
}
