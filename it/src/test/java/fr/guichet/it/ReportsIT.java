package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dashboards, usage imports and cost sharing through the API. A member of its own ("Testville") gets a
 * small set of tickets written straight into the database, so that every figure of its dashboard can
 * be computed by hand.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

    private static final String PERIOD = "?from=2026-01-01&to=2026-03-31";
    private static long testville;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void smallDataSet() {
        Api.Reply created = Api.as("admin").post("/api/v1/members", "{\"name\": \"Testville\", \"kind\": \"COMMUNE\","
                + " \"inseeCode\": \"01999\", \"population\": 4000, \"memberSince\": \"2000-01-01\"}");
        assertEquals(201, created.status(), created.toString());
        testville = created.json().getJsonNumber("id").longValue();
        long requester = Sql.number("SELECT id FROM user_account WHERE login = 'admin'");
        // created, first answer, first-response breached, resolved, resolution breached, business minutes, rating, status, priority
        ticket(requester, "2026-01-10 09:00:00", "2026-01-10 09:30:00", false, "2026-01-12 10:00:00", false, 120, 5, "CLOSED", "P3");
        ticket(requester, "2026-01-20 09:00:00", "2026-01-20 15:00:00", true, "2026-02-03 11:00:00", true, 600, 2, "CLOSED", "P3");
        ticket(requester, "2026-02-05 10:00:00", "2026-02-05 10:20:00", false, "2026-02-06 16:00:00", false, 60, null, "CLOSED", "P4");
        ticket(requester, "2026-02-25 10:00:00", "2026-02-25 11:00:00", false, "2026-03-02 09:00:00", false, 300, 4, "CLOSED", "P3");
        ticket(requester, "2026-03-15 10:00:00", null, true, null, false, null, null, "IN_PROGRESS", "P2");
        ticket(requester, "2025-12-20 10:00:00", "2025-12-20 10:30:00", false, "2026-01-05 10:00:00", false, 900, 3, "CLOSED", "P4");
        ticket(requester, "2026-03-30 10:00:00", null, false, null, false, null, null, "NEW", "P4");
        ticket(requester, "2026-04-01 10:00:00", "2026-04-01 10:05:00", false, "2026-04-02 10:00:00", false, 30, 1, "CLOSED", "P4");
        // 23:30 UTC on 31 January is already February in Paris.
        ticket(requester, "2026-01-31 23:30:00", null, false, null, false, null, null, "NEW", "P4");
    }

    private static void ticket(long requester, String created, String answered, boolean answerLate, String resolved,
                               boolean resolvedLate, Integer businessMinutes, Integer rating, String status, String priority) {
        Sql.update("INSERT INTO ticket (type, subject, description, member_id, requester_id, impact, urgency, priority, status,"
                        + " group_id, source, calendar_code, first_response_minutes, resolution_minutes, created_at, updated_at,"
                        + " first_responded_at, first_response_breached, resolved_at, resolution_breached, resolution_business_minutes,"
                        + " rating, closed_at) SELECT 'INCIDENT', 'Ticket de rapport', '-', ?, ?, 'USER', 'MEDIUM', ?, ?, MIN(id), 'WEB',"
                        + " 'standard', 240, 2250, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM support_group",
                testville, requester, priority, status, created, created, answered, answerLate, resolved, resolvedLate,
                businessMinutes, rating, "CLOSED".equals(status) ? resolved : null);
    }

    @Test
    void aCommuneDashboardMatchesFiguresComputedByHand() {
        JsonObject summary = Api.as("directeur").get("/api/v1/reports/members/" + testville + "/summary" + PERIOD).json();
        assertEquals("Testville", summary.getString("member"));
        assertEquals(7, summary.getInt("ticketsOpened"));
        assertEquals(5, summary.getInt("ticketsResolved"));
        assertEquals(List.of("2026-01:2/2", "2026-02:3/2", "2026-03:2/1"), summary.getJsonArray("months").stream()
                .map(JsonValue::asJsonObject).map(m -> m.getString("month") + ":" + m.getInt("opened") + "/" + m.getInt("resolved"))
                .toList());
        // First response: five tickets measured (answered, or late without an answer), two late.
        JsonObject firstResponse = summary.getJsonObject("firstResponse");
        assertEquals(3, firstResponse.getInt("met"));
        assertEquals(5, firstResponse.getInt("measured"));
        assertEquals(new BigDecimal("60.0"), firstResponse.getJsonNumber("percent").bigDecimalValue());
        // Resolution: five resolved in the period (one opened in December), one late.
        assertEquals(new BigDecimal("80.0"), summary.getJsonObject("resolution").getJsonNumber("percent").bigDecimalValue());
        // Median of 60, 120, 300, 600 and 900 business minutes: 300 minutes.
        assertEquals(new BigDecimal("5.0"), summary.getJsonNumber("medianResolutionHours").bigDecimalValue());
        assertEquals(4, summary.getInt("ratings"));
        assertEquals(new BigDecimal("3.50"), summary.getJsonNumber("averageRating").bigDecimalValue());
        Map<String, Integer> open = summary.getJsonArray("openTickets").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(o -> o.getString("priority"), o -> o.getInt("older")));
        assertEquals(Map.of("P2", 1, "P4", 2), open);
    }

    @Test
    void aReferentSeesOnlyTheirOwnCommune() {
        long vaulx = ApiIT.memberId("vaulx-en-velin");
        long venissieux = ApiIT.memberId("venissieux");
        Api.Reply own = Api.as("vaulx-en-velin.referent").get("/api/v1/reports/members/" + vaulx + "/summary");
        assertEquals(200, own.status(), own.toString());
        assertEquals("Vaulx-en-Velin", own.json().getString("member"));
        assertTrue(own.json().getInt("ticketsOpened") > 0, "the demo gives a year of tickets");
        Api.Reply other = Api.as("vaulx-en-velin.referent").get("/api/v1/reports/members/" + venissieux + "/summary");
        assertEquals(404, other.status());
        assertTrue(other.contentType().startsWith("application/problem+json"));
        assertEquals(403, Api.as("vaulx-en-velin.agent1").get("/api/v1/reports/members/" + vaulx + "/summary").status());
        assertEquals(403, Api.as("vaulx-en-velin.referent").get("/api/v1/reports/services/1").status());
        assertEquals(200, Api.as("directeur").get("/api/v1/reports/services/1" + PERIOD).status());
        // Commune users see their own lines of the cost sharing; staff see everyone's.
        int year = LocalDate.now().getYear();
        JsonObject mine = Api.as("vaulx-en-velin.referent").get("/api/v1/allocations/" + year).json();
        assertEquals(Set.of(String.valueOf(vaulx)), mine.getJsonObject("totalsByMember").keySet());
        mine.getJsonArray("services").stream().flatMap(s -> s.asJsonObject().getJsonArray("lines").stream())
                .forEach(line -> assertEquals(vaulx, line.asJsonObject().getJsonNumber("memberId").longValue()));
        assertTrue(Api.as("directeur").get("/api/v1/allocations/" + year).json().getJsonObject("totalsByMember").size() > 8);
        // One rule for cost shares: an agent, refused the dashboard, is refused them in the API too.
        Api.Reply agent = Api.as("vaulx-en-velin.agent1").get("/api/v1/allocations/" + year);
        assertEquals(403, agent.status(), agent.toString());
        assertEquals(403, Api.as("tech1").get("/api/v1/allocations/" + year).status());
    }

    @Test
    void badPeriodsGiveFrenchProblems() {
        Api.Reply reversed = Api.as("directeur").get("/api/v1/reports/members/" + testville + "/summary?from=2026-03-01&to=2026-01-01");
        assertEquals(422, reversed.status());
        assertTrue(reversed.json().getString("detail").startsWith("La période est invalide"));
        assertEquals(422, Api.as("directeur").get("/api/v1/reports/members/" + testville + "/summary?from=hier").status());
    }

    @Test
    void everyServiceIsSharedExactlyToTheCent() {
        int year = LocalDate.now().getYear();
        JsonObject sheet = Api.as("directeur").get("/api/v1/allocations/" + year).json();
        assertFalse(sheet.getJsonArray("services").isEmpty());
        long grandTotal = 0;
        for (JsonValue value : sheet.getJsonArray("services")) {
            JsonObject service = value.asJsonObject();
            long lines = service.getJsonArray("lines").stream()
                    .mapToLong(line -> line.asJsonObject().getJsonNumber("cents").longValue()).sum();
            assertEquals(service.getJsonNumber("costCents").longValue(), lines + service.getJsonNumber("unallocatedCents").longValue(),
                    service.getString("service"));
            grandTotal += lines;
        }
        long members = sheet.getJsonObject("totalsByMember").values().stream().mapToLong(v -> ((JsonNumber) v).longValue()).sum();
        assertEquals(grandTotal, members);
    }

    @Test
    void previewAppliesTheLargestRemainderRule() {
        Api.Reply reply = Api.as("vaulx-en-velin.referent").post("/api/v1/allocations/preview",
                "{\"totalCents\": 100, \"weights\": {\"3\": 1, \"1\": 1, \"2\": 1}}");
        assertEquals(200, reply.status(), reply.toString());
        assertEquals(Map.of("1", 34L, "2", 33L, "3", 33L), reply.json().getJsonObject("shares").entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ((JsonNumber) e.getValue()).longValue())));
        Api.Reply weights = Api.as("directeur").post("/api/v1/allocations/preview",
                "{\"totalCents\": 1000, \"weights\": {\"7\": 52600, \"9\": 9900, \"4\": 0}}");
        assertEquals(Map.of("4", 0L, "7", 842L, "9", 158L), weights.json().getJsonObject("shares").entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ((JsonNumber) e.getValue()).longValue())));
        assertEquals(400, Api.as("directeur").post("/api/v1/allocations/preview", "{\"totalCents\": -5, \"weights\": {\"1\": 1}}").status());
        Api.Reply negative = Api.as("directeur").post("/api/v1/allocations/preview", "{\"totalCents\": 5, \"weights\": {\"1\": -1}}");
        assertEquals(422, negative.status());
        assertEquals("Le poids du membre 1 doit être un nombre positif ou nul, de douze chiffres et six décimales au plus.",
                negative.json().getString("detail"));
        Api.Reply huge = Api.as("vaulx-en-velin.agent1").post("/api/v1/allocations/preview",
                "{\"totalCents\": 1, \"weights\": {\"1\": 1E+400000000}}");
        assertEquals(400, huge.status(), "no huge numbers to compute with: refused when the body is read");
        assertEquals("weights.1", huge.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aSimulationChangesNothingSaved() {
        int next = LocalDate.now().getYear() + 1;
        JsonObject before = Api.as("directeur").get("/api/v1/allocations/" + LocalDate.now().getYear()).json();
        long serviceId = before.getJsonArray("services").getJsonObject(0).getJsonNumber("serviceId").longValue();
        Api.Reply simulated = Api.as("directeur").post("/api/v1/allocations/" + next + "/simulation",
                "{\"services\": [{\"serviceId\": " + serviceId + ", \"costCents\": 1000001, \"fundingMode\": \"mutualised\","
                        + " \"key\": \"population\"}]}");
        assertEquals(200, simulated.status(), simulated.toString());
        assertTrue(simulated.json().getBoolean("simulated"));
        JsonObject service = simulated.json().getJsonArray("services").getJsonObject(0);
        assertEquals(1_000_001, service.getJsonArray("lines").stream()
                .mapToLong(line -> line.asJsonObject().getJsonNumber("cents").longValue()).sum());
        assertEquals(before, Api.as("directeur").get("/api/v1/allocations/" + LocalDate.now().getYear()).json());
        assertEquals(403, Api.as("vaulx-en-velin.referent").post("/api/v1/allocations/" + next + "/simulation",
                "{\"services\": []}").status());
        Api.Reply unknownKey = Api.as("directeur").post("/api/v1/allocations/" + next + "/simulation",
                "{\"services\": [{\"serviceId\": " + serviceId + ", \"costCents\": 5, \"fundingMode\": \"MUTUALISED\", \"key\": \"lune\"}]}");
        assertEquals(422, unknownKey.status());
        Api.Reply noKey = Api.as("directeur").post("/api/v1/allocations/" + next + "/simulation",
                "{\"services\": [{\"serviceId\": " + serviceId + ", \"costCents\": 5, \"fundingMode\": \"MUTUALISED\"}]}");
        assertEquals(422, noKey.status(), noKey.toString());
        assertTrue(noKey.json().getString("detail").endsWith("choisissez sa clé de répartition."), noKey.toString());
        assertEquals(422, Api.as("directeur").post("/api/v1/allocations/" + next + "/simulation",
                "{\"services\": [{\"serviceId\": " + serviceId + ", \"costCents\": 5, \"fundingMode\": \"\"}]}").status());
    }

    @Test
    void theDirectionRecordsTheVotedBudgetWithItsOwnKeys() {
        int year = LocalDate.now().getYear();
        int voted = year + 3;
        long vaulx = ApiIT.memberId("vaulx-en-velin");
        long venissieux = ApiIT.memberId("venissieux");
        JsonObject current = Api.as("directeur").get("/api/v1/allocations/" + year).json();
        List<JsonObject> services = current.getJsonArray("services").stream().map(JsonValue::asJsonObject).toList();
        long changed = services.get(0).getJsonNumber("serviceId").longValue();
        String lines = services.stream().map(s -> s.getJsonNumber("serviceId").longValue() == changed
                ? "{\"serviceId\": " + changed + ", \"costCents\": 1234567, \"fundingMode\": \"MUTUALISED\", \"key\": \"numerique\"}"
                : "{\"serviceId\": " + s.getJsonNumber("serviceId") + ", \"costCents\": " + s.getJsonNumber("costCents")
                        + ", \"fundingMode\": \"" + s.getString("fundingMode") + "\", \"key\": "
                        + (s.getString("key", null) == null ? "null" : "\"" + s.getString("key") + "\"") + "}")
                .collect(Collectors.joining(", "));
        String body = "{\"services\": [" + lines + "], \"keys\": {\"numerique\": {\"" + vaulx + "\": 3, \"" + venissieux + "\": 1}}}";

        assertEquals(403, Api.as("vaulx-en-velin.referent").put("/api/v1/allocations/" + voted + "/budget", body).status());
        assertEquals(403, Api.as("chef.projet1").put("/api/v1/allocations/" + voted + "/budget", body).status(),
                "project managers simulate; the direction records what the comité voted");
        String duplicate = "{\"services\": [" + lines + ", " + lines.substring(0, lines.indexOf('}') + 1) + "]}";
        Api.Reply refused = Api.as("directeur").put("/api/v1/allocations/" + voted + "/budget", duplicate);
        assertEquals(422, refused.status(), refused.toString());
        assertTrue(refused.json().getString("detail").contains("figure deux fois"), refused.toString());
        assertEquals(422, Api.as("directeur").put("/api/v1/allocations/" + voted + "/budget",
                "{\"services\": [], \"keys\": {\"Lune !\": {\"" + vaulx + "\": 1}}}").status());
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM service_budget WHERE budget_year = ?", voted), "nothing saved on refusal");

        Api.Reply adopted = Api.as("directeur").put("/api/v1/allocations/" + voted + "/budget", body);
        assertEquals(200, adopted.status(), adopted.toString());
        assertFalse(adopted.json().getBoolean("simulated"));
        assertEquals(adopted.json(), Api.as("directeur").get("/api/v1/allocations/" + voted).json());
        JsonObject numerique = adopted.json().getJsonArray("services").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonNumber("serviceId").longValue() == changed).findFirst().orElseThrow();
        assertEquals(Map.of(vaulx, 925_925L, venissieux, 308_642L), numerique.getJsonArray("lines").stream()
                .map(JsonValue::asJsonObject).collect(Collectors.toMap(l -> l.getJsonNumber("memberId").longValue(),
                        l -> l.getJsonNumber("cents").longValue())));
        assertEquals(services.size(), Sql.number("SELECT COUNT(*) FROM service_budget WHERE budget_year = ?", voted));
        long earlierKeys = Sql.number("SELECT COUNT(*) FROM distribution_key WHERE budget_year ="
                + " (SELECT MAX(budget_year) FROM distribution_key WHERE budget_year < ?)", voted);
        assertEquals(earlierKeys + 1, Sql.number("SELECT COUNT(*) FROM distribution_key WHERE budget_year = ?", voted),
                "the year gets its own copy of the keys, plus the new one");
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'ADOPT' AND entity_type = 'budget'"
                + " AND entity_id = ? AND actor_login = 'directeur'", String.valueOf(voted)));
    }

    @Test
    void theDirectionRecordsAKeyVotedForAYear() {
        int year = LocalDate.now().getYear() + 4;
        long vaulx = ApiIT.memberId("vaulx-en-velin");
        long venissieux = ApiIT.memberId("venissieux");
        String path = "/api/v1/allocations/" + year + "/keys";
        assertEquals(403, Api.as("vaulx-en-velin.referent").get(path).status());
        List<JsonObject> inherited = Api.as("chef.projet1").get(path).array().stream().map(JsonValue::asJsonObject).toList();
        assertEquals(Set.of("comite", "population"), inherited.stream().map(k -> k.getString("code")).collect(Collectors.toSet()));
        assertTrue(inherited.stream().allMatch(k -> k.getInt("year") < year), "a year without keys uses an earlier year's");

        String voted = "{\"weights\": {\"" + vaulx + "\": 30, \"" + venissieux + "\": 10, \"" + testville + "\": 0}}";
        assertEquals(403, Api.as("chef.projet1").put(path + "/comite", voted).status());
        assertEquals(422, Api.as("directeur").put(path + "/Lune", voted).status());
        Api.Reply unknown = Api.as("directeur").put(path + "/comite", "{\"weights\": {\"999999\": 1}}");
        assertEquals(422, unknown.status());
        assertEquals("« 999999 » n'est pas un identifiant de membre.", unknown.json().getString("detail"));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM distribution_key WHERE budget_year = ?", year), "nothing saved on refusal");

        Api.Reply saved = Api.as("directeur").put(path + "/comite", voted);
        assertEquals(200, saved.status(), saved.toString());
        assertEquals(year, saved.json().getInt("year"));
        assertEquals(Map.of(String.valueOf(vaulx), "30", String.valueOf(venissieux), "10"), saved.json().getJsonObject("weights")
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString())),
                "zero weights leave the member out; weights are plain numbers");
        List<JsonObject> own = Api.as("directeur").get(path).array().stream().map(JsonValue::asJsonObject).toList();
        assertEquals(2, own.size());
        assertTrue(own.stream().allMatch(k -> k.getInt("year") == year && k.getString("name").endsWith(String.valueOf(year))),
                "the year has its own copy, named after it: " + own);
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'distribution_key' AND entity_id = ?",
                year + "/comite"));

        long service = Api.as("directeur").get("/api/v1/allocations/" + LocalDate.now().getYear()).json()
                .getJsonArray("services").getJsonObject(0).getJsonNumber("serviceId").longValue();
        JsonObject simulated = Api.as("directeur").post("/api/v1/allocations/" + year + "/simulation", "{\"services\": [{\"serviceId\": "
                + service + ", \"costCents\": 100, \"fundingMode\": \"MUTUALISED\", \"key\": \"comite\"}]}").json();
        assertEquals(Map.of(vaulx, 75L, venissieux, 25L), simulated.getJsonArray("services").getJsonObject(0).getJsonArray("lines")
                .stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(l -> l.getJsonNumber("memberId").longValue(),
                        l -> l.getJsonNumber("cents").longValue())));
    }

    @Test
    void aPersonalisedCostFollowsTheQuantityHeldDayByDay() {
        int year = LocalDate.now().getYear() - 1;
        JsonObject service = Api.as("directeur").get("/api/v1/allocations/" + year).json().getJsonArray("services").stream()
                .map(JsonValue::asJsonObject).filter(s -> s.getString("fundingMode").equals("PERSONALISED")).findFirst().orElseThrow();
        long serviceId = service.getJsonNumber("serviceId").longValue();
        Sql.update("INSERT INTO subscription (member_id, service_id, quantity, status, start_date) VALUES (?, ?, 30, 'ACTIVE', ?)",
                testville, serviceId, year + "-01-01");
        long subscription = Sql.number("SELECT id FROM subscription WHERE member_id = ? AND service_id = ?", testville, serviceId);
        String event = "INSERT INTO subscription_event (subscription_id, member_id, occurred_at, actor_login, quantity_before,"
                + " quantity_after, status_before, status_after) VALUES (?, ?, ?, 'admin', ?, ?, NULL, 'ACTIVE')";
        Sql.update(event, subscription, testville, year + "-01-01 00:00:00", null, 10);
        Sql.update(event, subscription, testville, year + "-07-01 09:30:00", 10, 30);

        JsonObject line = Api.as("directeur").get("/api/v1/allocations/" + year).json().getJsonArray("services").stream()
                .map(JsonValue::asJsonObject).filter(s -> s.getJsonNumber("serviceId").longValue() == serviceId)
                .flatMap(s -> s.getJsonArray("lines").stream()).map(JsonValue::asJsonObject)
                .filter(l -> l.getJsonNumber("memberId").longValue() == testville).findFirst().orElseThrow();
        long firstHalf = LocalDate.of(year, 6, 30).getDayOfYear();
        long secondHalf = LocalDate.of(year, 12, 31).getDayOfYear() - firstHalf;
        assertEquals(0, BigDecimal.valueOf(10 * firstHalf + 30 * secondHalf).compareTo(line.getJsonNumber("basis").bigDecimalValue()),
                "10 units until June, 30 from July: " + line);
        assertEquals(firstHalf + secondHalf, line.getJsonNumber("days").longValue());
    }

    @Test
    void platformUsageOfASubscriptionIsTheQuantityHeldAtTheMonthsEnd() {
        int year = LocalDate.now().getYear() - 1;
        long vaulx = ApiIT.memberId("vaulx-en-velin");
        String held = " FROM subscription s JOIN catalog_service o ON o.id = s.service_id AND o.usage_source = 'SUBSCRIPTION'"
                + " WHERE s.member_id = ? AND s.start_date <= ? AND (s.end_date IS NULL OR s.end_date >= ?)";
        String june = year + "-06";
        List<JsonObject> values = Api.as("vaulx-en-velin.referent").get("/api/v1/usage?memberId=" + vaulx + "&year=" + year).array()
                .stream().map(JsonValue::asJsonObject).filter(v -> v.getString("month").equals(june))
                .filter(v -> Sql.number("SELECT usage_source = 'SUBSCRIPTION' FROM catalog_service WHERE id = ?",
                        v.getJsonNumber("serviceId").longValue()) == 1).toList();
        assertEquals(Sql.number("SELECT COUNT(*)" + held, vaulx, year + "-06-30", year + "-06-01"), values.size());
        assertFalse(values.isEmpty(), "the demo subscribes Vaulx-en-Velin to services measured by quantity");
        for (JsonObject value : values) {
            long expected = Sql.number("SELECT COALESCE((SELECT e.quantity_after FROM subscription_event e WHERE e.subscription_id = s.id"
                    + " AND e.occurred_at < ? ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1), s.quantity)" + held
                    + " AND s.service_id = ?", year + "-07-01", vaulx, year + "-06-30", year + "-06-01", value.getJsonNumber("serviceId").longValue());
            assertEquals(expected, value.getJsonNumber("value").longValue(), value.toString());
        }
    }

    @Test
    void usageImportIsAllOrNothingAndOnlyOnce() {
        int year = LocalDate.now().getYear();
        String good = "membre;service;mois;valeur\n01999;archivage;Y-01;10\n01999;archivage;Y-02;20,5\n01999;archivage;Y-03;30\n"
                .replace("Y", String.valueOf(year));
        Api.Reply preview = Api.as("chef.projet2").upload("/api/v1/usage/imports?name=volumes.csv&dryRun=true", "text/csv",
                good.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, preview.status(), preview.toString());
        assertEquals(3, preview.json().getInt("valid"));
        assertTrue(preview.json().getJsonArray("problems").isEmpty());
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM usage_value WHERE member_id = ?", testville), "a preview keeps nothing");

        String bad = "membre;service;mois;valeur\n01999;archivage;Y-04;10\nnullepart;archivage;Y-05;1\n01999;archivage;Y-06;-3\n"
                .replace("Y", String.valueOf(year));
        Api.Reply refused = Api.as("chef.projet2").upload("/api/v1/usage/imports?name=faux.csv", "text/csv",
                bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused.toString());
        assertEquals(List.of("ligne 3: Membre inconnu : « nullepart » (attendu : identifiant comme « grigny » ou code INSEE).",
                        "ligne 4: Valeur invalide : « -3 » (nombre positif ou nul, trois décimales au plus)."),
                refused.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                        .map(e -> e.getString("field") + ": " + e.getString("message")).toList());
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM usage_value WHERE member_id = ?", testville), "nothing half-imported");

        Api.Reply imported = Api.as("chef.projet2").upload("/api/v1/usage/imports?name=volumes.csv", "text/csv",
                good.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, imported.status(), imported.toString());
        assertEquals(3, imported.json().getInt("values"));
        assertEquals(3, Api.as("directeur").get("/api/v1/usage?memberId=" + testville + "&year=2026").array().size());

        Api.Reply again = Api.as("chef.projet2").upload("/api/v1/usage/imports?name=volumes-bis.csv", "text/csv",
                good.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, again.status());
        assertTrue(again.json().getString("detail").startsWith("Ce fichier a déjà été importé le "), again.toString());
        assertEquals(403, Api.as("vaulx-en-velin.referent").upload("/api/v1/usage/imports?name=x.csv", "text/csv",
                good.getBytes(StandardCharsets.UTF_8)).status());

        // The imported usage now weighs in this year's sharing of the archive service: 60.5 GB for Testville.
        JsonObject archive = Api.as("directeur").get("/api/v1/allocations/" + year).json().getJsonArray("services").stream()
                .map(JsonValue::asJsonObject).filter(s -> "USAGE".equals(s.getString("fundingMode")))
                .filter(s -> s.getJsonArray("lines").stream().anyMatch(l -> l.asJsonObject().getJsonNumber("memberId").longValue() == testville))
                .findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("60.5").compareTo(archive.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getJsonNumber("memberId").longValue() == testville).findFirst().orElseThrow()
                .getJsonNumber("basis").bigDecimalValue()));
    }
}
