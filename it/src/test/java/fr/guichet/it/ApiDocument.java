package fr.guichet.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI document as the server serves it ({@code /openapi}), read as operations for the probes:
 * every path and method with its parameters, JSON body schema, the roles it admits
 * ({@code x-guichet-roles}) and what it shares across members ({@code x-guichet-shared}).
 */
final class ApiDocument {

    static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");
    private static final List<String> MEMBER_ROLES = List.of("agent", "referent");

    private final Map<String, Object> root;

    private ApiDocument(Map<String, Object> root) {
        this.root = root;
    }

    static ApiDocument load() {
        Api.Reply served = Api.anonymous().get("/openapi");
        if (served.status() != 200) {
            throw new AssertionError("/openapi: " + served);
        }
        return new ApiDocument(new Yaml(new LoaderOptions()).load(served.body()));
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        map(root.get("paths")).forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            Map<String, Object> pathItem = map(item);
            for (String method : METHODS) {
                if (pathItem.containsKey(method)) {
                    operations.add(operation(path, pathItem, method, map(pathItem.get(method))));
                }
            }
        });
        return operations;
    }

    private Operation operation(String path, Map<String, Object> pathItem, String method, Map<String, Object> operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (Object raw : concat(pathItem.get("parameters"), operation.get("parameters"))) {
            Map<String, Object> parameter = resolve(map(raw));
            parameters.add(new Parameter((String) parameter.get("name"), (String) parameter.get("in"),
                    Boolean.TRUE.equals(parameter.get("required")), resolve(map(parameter.get("schema"))),
                    Boolean.TRUE.equals(parameter.get("x-guichet-shared"))));
        }
        Map<String, Object> body = map(operation.get("requestBody"));
        Map<String, Object> content = map(body.get("content"));
        String mediaType = content.isEmpty() ? null : content.keySet().iterator().next();
        Map<String, Object> schema = mediaType == null ? Map.of() : resolve(map(map(content.get(mediaType)).get("schema")));
        @SuppressWarnings("unchecked")
        List<String> roles = (List<String>) operation.get("x-guichet-roles");
        boolean shared = Boolean.TRUE.equals(pathItem.get("x-guichet-shared")) || Boolean.TRUE.equals(operation.get("x-guichet-shared"));
        return new Operation(method.toUpperCase(java.util.Locale.ROOT), path, parameters, mediaType, schema,
                roles == null ? List.of() : roles, shared);
    }

    /** A schema or parameter with its {@code $ref} followed and its {@code allOf} merged. */
    Map<String, Object> resolve(Map<String, Object> node) {
        Map<String, Object> current = node;
        while (current.get("$ref") instanceof String ref) {
            Object target = root;
            for (String part : ref.substring(2).split("/")) {
                target = map(target).get(part);
            }
            current = map(target);
        }
        if (!current.containsKey("allOf")) {
            return current;
        }
        Map<String, Object> merged = new LinkedHashMap<>(current);
        merged.remove("allOf");
        Map<String, Object> properties = new LinkedHashMap<>();
        List<Object> required = new ArrayList<>();
        for (Object part : (List<?>) current.get("allOf")) {
            Map<String, Object> resolved = resolve(map(part));
            properties.putAll(map(resolved.get("properties")));
            required.addAll(list(resolved.get("required")));
            resolved.forEach((key, value) -> {
                if (!key.equals("properties") && !key.equals("required")) {
                    merged.putIfAbsent(key, value);
                }
            });
        }
        merged.put("properties", properties);
        merged.put("required", required);
        merged.putIfAbsent("type", "object");
        return merged;
    }

    /** The first non-null type of a schema ({@code [integer, "null"]} is an integer). */
    static String type(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof List<?> types) {
            return types.stream().map(String::valueOf).filter(t -> !t.equals("null")).findFirst().orElse("null");
        }
        if (type == null) {
            return schema.containsKey("properties") || schema.containsKey("additionalProperties") ? "object" : "any";
        }
        return (String) type;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<?> list(Object node) {
        return node instanceof List<?> l ? l : List.of();
    }

    private static List<Object> concat(Object first, Object second) {
        List<Object> all = new ArrayList<>(list(first));
        all.addAll(list(second));
        return all;
    }

    record Parameter(String name, String in, boolean required, Map<String, Object> schema, boolean shared) {
    }

    record Operation(String method, String path, List<Parameter> parameters, String mediaType, Map<String, Object> bodySchema,
                     List<String> roles, boolean shared) {

        /** Declared for the syndicate's staff only: no member role among its roles. */
        boolean staffOnly() {
            return !roles.isEmpty() && roles.stream().noneMatch(MEMBER_ROLES::contains);
        }

        boolean jsonBody() {
            return "application/json".equals(mediaType);
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
