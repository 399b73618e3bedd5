package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input on every operation of the OpenAPI document, sent by a user who may call it (so that the input
 * reaches validation): malformed JSON, unknown fields, wrong types, huge numbers and texts, control
 * characters, impossible dates, out-of-range pages, years and ids. A refused input is the caller's
 * mistake: never a 5xx, always {@code application/problem+json} with a French {@code detail}, and a
 * refused write leaves no audit entry behind (nothing half-saved).
 */
@ExtendWith(ArquillianExtension.class)
class BadInputProbeIT {

    private static final Pattern RAW_KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+");
    private static final String TEXT_2000 = "é".repeat(2000);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void badInputIsAlwaysTheCallersMistake() {
        ApiDocument document = ApiDocument.load();
        ProbeFixture fixture = new ProbeFixture();
        ProbeBodies bodies = new ProbeBodies(document, fixture::named);
        List<String> findings = new ArrayList<>();
        List<ApiDocument.Operation> operations = document.operations();
        int requests = 0;
        for (ApiDocument.Operation operation : operations) {
            String login = ProbeFixture.loginFor(operation);
            boolean write = !operation.method().equals("GET");
            long auditBefore = write ? auditEntries(login) : 0;
            boolean anyAccepted = false;
            for (Probe probe : probes(operation, fixture, bodies)) {
                Api.Reply reply = Api.as(login).call(operation.method(), probe.url(), probe.contentType(), probe.body());
                requests++;
                anyAccepted |= reply.status() < 400;
                String problem = check(reply, probe);
                if (problem != null) {
                    findings.add(login + " " + operation.method() + " " + shorten(probe.url()) + " [" + probe.label() + "] → "
                            + reply.status() + ": " + problem + " — " + shorten(reply.body()));
                }
            }
            if (write && !anyAccepted && auditEntries(login) != auditBefore) {
                findings.add(operation + ": refused calls left audit entries (half-saved)");
            }
        }
        System.out.printf("[probe] bad input: %d paths, %d operations, %d requests, %d findings%n",
                operations.stream().map(ApiDocument.Operation::path).distinct().count(), operations.size(), requests, findings.size());
        assertTrue(findings.isEmpty(), () -> findings.size() + " findings:\n" + String.join("\n", findings));
    }

    /** What is wrong with an answer, or null. */
    private static String check(Api.Reply reply, Probe probe) {
        if (reply.status() >= 500) {
            return "server error";
        }
        if (probe.mustRefuse() && reply.status() < 400) {
            return "accepted";
        }
        if (reply.status() < 400) {
            return null;
        }
        if (!reply.contentType().startsWith("application/problem+json")) {
            return "not a problem document (" + reply.contentType() + ")";
        }
        String detail;
        try {
            JsonObject problem = reply.json();
            detail = problem.getString("detail", "");
        } catch (RuntimeException unreadable) {
            return "unreadable problem document";
        }
        if (detail.isBlank() || RAW_KEY.matcher(detail).matches()) {
            return "no French detail";
        }
        if (probe.expectedInDetail() != null && !detail.contains(probe.expectedInDetail())) {
            return "detail does not name " + probe.expectedInDetail();
        }
        return null;
    }

    private static List<Probe> probes(ApiDocument.Operation operation, ProbeFixture fixture, ProbeBodies bodies) {
        List<Probe> probes = new ArrayList<>();
        String path = IsolationProbeIT.path(operation, fixture);
        Map<String, String> required = IsolationProbeIT.required(operation, fixture);
        String contentType = operation.jsonBody() ? "application/json"
                : operation.mediaType() == null ? null : operation.mediaType().contains("*") ? "application/octet-stream" : operation.mediaType();
        byte[] plausible = operation.jsonBody() ? utf8(ProbeBodies.json(bodies.example(operation.bodySchema())))
                : operation.mediaType() == null ? null : new byte[] {0, 1, 2, 3, (byte) 0xff};
        for (ApiDocument.Parameter parameter : operation.in("path")) {
            for (String bad : badPathValues(parameter)) {
                String url = operation.path();
                for (ApiDocument.Parameter other : operation.in("path")) {
                    String value = other == parameter ? bad : fixture.pathValue(operation, other);
                    url = url.replace("{" + other.name() + "}", URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
                }
                probes.add(new Probe("{" + parameter.name() + "}=" + bad, url + IsolationProbeIT.query(required), contentType, plausible, false, null));
            }
        }
        for (ApiDocument.Parameter parameter : operation.in("query")) {
            for (String bad : badQueryValues(parameter)) {
                Map<String, String> query = new LinkedHashMap<>(required);
                query.put(parameter.name(), bad);
                probes.add(new Probe(parameter.name() + "=" + abbreviate(bad), path + IsolationProbeIT.query(query), contentType, plausible,
                        false, null));
            }
        }
        if (operation.jsonBody()) {
            String url = path + IsolationProbeIT.query(required);
            for (ProbeBodies.Variant variant : bodies.variants(operation.bodySchema())) {
                probes.add(new Probe(variant.label(), url, contentType, utf8(ProbeBodies.json(variant.body())), variant.mustRefuse(),
                        variant.label().startsWith("unknown field") ? "zzChampInconnu" : null));
            }
        } else if (operation.mediaType() != null) {
            probes.add(new Probe("binary junk", path + IsolationProbeIT.query(required), contentType, plausible, true, null));
        }
        return probes;
    }

    private static List<String> badPathValues(ApiDocument.Parameter parameter) {
        if (parameter.name().equals("year")) {
            return List.of("-2147483648", "2147483647", "0", "99999", "abc");
        }
        if (ApiDocument.type(parameter.schema()).equals("integer")) {
            return List.of("-1", "0", "9999999999999999999999", "abc", "1.5");
        }
        return List.of("x".repeat(300), "a\u0000b", "0000-T1", "99999-T9", TEXT_2000);
    }

    private static List<String> badQueryValues(ApiDocument.Parameter parameter) {
        Map<String, Object> schema = parameter.schema();
        if (parameter.name().equals("page")) {
            return List.of("-1", "2147483647", "abc");
        }
        if (parameter.name().equals("size")) {
            return List.of("2147483647", "0", "-5");
        }
        if ("date".equals(schema.get("format"))) {
            return List.of("0000-01-01", "99999-12-31", "+99999-12-31", "2026-02-30", "abc");
        }
        if ("date-time".equals(schema.get("format"))) {
            return List.of("0000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00+01:00",
                    "2026-13-01T00:00:00+01:00");
        }
        return switch (ApiDocument.type(schema)) {
            case "integer", "number" -> List.of("-1", "-2147483648", "2147483647", "9999999999999999999999", "1E-999999999", "abc");
            case "boolean" -> List.of("peut-être");
            default -> List.of("zzz", TEXT_2000, "a\u0000b");
        };
    }

    private static long auditEntries(String login) {
        return Sql.number("SELECT COUNT(*) FROM audit_entry WHERE actor_login = ?", login);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private record Probe(String label, String url, String contentType, byte[] body, boolean mustRefuse, String expectedInDetail) {
    }
}
