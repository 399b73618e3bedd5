package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Member isolation probed from the OpenAPI document, so that a new endpoint is probed without anyone
 * adding it here. Users of another member call every operation: where a path parameter names a row of
 * the owner (any parameter not declared {@code x-guichet-shared}), every method must be refused (403 or
 * 404); staff-only operations ({@code x-guichet-roles} without a member role) must be refused; lists,
 * even filtered on the owner, must not widen their scope. No answer may carry the owner's data, and no
 * refused call may have written anything (audit entries of the foreign users).
 */
@ExtendWith(ArquillianExtension.class)
class IsolationProbeIT {

    private static final Set<Integer> REFUSED = Set.of(403, 404);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anotherMembersUsersNeverReachTheOwnersRows() {
        ApiDocument document = ApiDocument.load();
        ProbeFixture fixture = new ProbeFixture();
        ProbeBodies bodies = new ProbeBodies(document, fixture::named);
        List<String> findings = new ArrayList<>();
        long writtenBefore = foreignAuditEntries();
        int requests = 0;
        int skipped = 0;
        List<ApiDocument.Operation> operations = document.operations();
        for (ApiDocument.Operation operation : operations) {
            boolean owned = !operation.shared() && operation.in("path").stream().anyMatch(p -> !p.shared());
            boolean mustRefuse = operation.staffOnly() || owned;
            if (!mustRefuse && !operation.method().equals("GET")) {
                skipped++; // a write on shared data (co-signing a demand): a rule of its domain, not isolation
                continue;
            }
            String path = path(operation, fixture);
            List<Map<String, String>> queries = mustRefuse ? List.of(required(operation, fixture)) : listQueries(operation, fixture);
            for (String login : ProbeFixture.FOREIGN) {
                for (Map<String, String> query : queries) {
                    Api.Reply reply = call(login, operation, path + query(query), bodies);
                    requests++;
                    String call = login + " " + operation.method() + " " + path + query(query) + " → " + reply.status();
                    if (mustRefuse && !REFUSED.contains(reply.status())) {
                        findings.add(call + " (expected 403 or 404" + (operation.staffOnly() ? ", staff only" : ", owner's row") + ")");
                    } else if (reply.status() >= 500) {
                        findings.add(call + " (server error)");
                    }
                    for (String marker : fixture.markers(operation.shared())) {
                        if (reply.body().contains(marker)) {
                            findings.add(call + " (answer carries the owner's data: " + marker + ")");
                        }
                    }
                }
            }
        }
        long written = foreignAuditEntries() - writtenBefore;
        System.out.printf("[probe] isolation: %d paths, %d operations, %d requests as %s, %d shared writes skipped, %d findings%n",
                operations.stream().map(ApiDocument.Operation::path).distinct().count(), operations.size(), requests,
                ProbeFixture.FOREIGN, skipped, findings.size() + (written == 0 ? 0 : 1));
        assertEquals(0, written, "refused calls of another member's users wrote audit entries");
        assertTrue(findings.isEmpty(), () -> String.join("\n", findings));
    }

    /** One call with a plausible body: JSON from the schema, a small text file for uploads. */
    private static Api.Reply call(String login, ApiDocument.Operation operation, String url, ProbeBodies bodies) {
        if (operation.mediaType() == null) {
            return Api.as(login).call(operation.method(), url, null, null);
        }
        if (operation.jsonBody()) {
            return Api.as(login).call(operation.method(), url, "application/json",
                    ProbeBodies.json(bodies.example(operation.bodySchema())).getBytes(StandardCharsets.UTF_8));
        }
        String type = operation.mediaType().contains("*") ? "application/octet-stream" : operation.mediaType();
        return Api.as(login).call(operation.method(), url, type, "membre;service;mois;valeur\n".getBytes(StandardCharsets.UTF_8));
    }

    static String path(ApiDocument.Operation operation, ProbeFixture fixture) {
        String path = operation.path();
        for (ApiDocument.Parameter parameter : operation.in("path")) {
            path = path.replace("{" + parameter.name() + "}", URLEncoder.encode(fixture.pathValue(operation, parameter), StandardCharsets.UTF_8));
        }
        return path;
    }

    /** The required query parameters, with plausible values. */
    static Map<String, String> required(ApiDocument.Operation operation, ProbeFixture fixture) {
        Map<String, String> query = new LinkedHashMap<>();
        for (ApiDocument.Parameter parameter : operation.in("query")) {
            if (parameter.required()) {
                query.put(parameter.name(), plausible(parameter, fixture));
            }
        }
        return query;
    }

    /** A list as it comes, and filtered on the owner wherever a parameter names a member. */
    private static List<Map<String, String>> listQueries(ApiDocument.Operation operation, ProbeFixture fixture) {
        Map<String, String> plain = required(operation, fixture);
        Map<String, String> filtered = new LinkedHashMap<>(plain);
        for (ApiDocument.Parameter parameter : operation.in("query")) {
            if (parameter.name().toLowerCase(java.util.Locale.ROOT).contains("member") || parameter.name().equals("supportedBy")) {
                filtered.put(parameter.name(), String.valueOf(fixture.memberId));
            }
        }
        return filtered.equals(plain) ? List.of(plain) : List.of(plain, filtered);
    }

    static String plausible(ApiDocument.Parameter parameter, ProbeFixture fixture) {
        String known = fixture.named(parameter.name());
        if (known != null) {
            return known;
        }
        Map<String, Object> schema = parameter.schema();
        if (schema.containsKey("enum")) {
            return String.valueOf(ApiDocument.list(schema.get("enum")).get(0));
        }
        if ("date-time".equals(schema.get("format"))) {
            return "2026-03-02T09:00:00+01:00";
        }
        if ("date".equals(schema.get("format"))) {
            return "2026-03-02";
        }
        return switch (ApiDocument.type(schema)) {
            case "integer" -> "1";
            case "boolean" -> "true";
            default -> "sonde";
        };
    }

    static String query(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    private static long foreignAuditEntries() {
        return Sql.number("SELECT COUNT(*) FROM audit_entry WHERE actor_login IN (?, ?)", ProbeFixture.FOREIGN.toArray());
    }
}
