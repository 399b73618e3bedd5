package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The business-time clock through the API. */
@ExtendWith(ArquillianExtension.class)
class SlaIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static Api.Reply due(String calendar, String from, long minutes) {
        return Api.as("tech1").get("/api/v1/sla/due?calendar=" + calendar + "&from="
                + URLEncoder.encode(from, StandardCharsets.UTF_8) + "&minutes=" + minutes);
    }

    @Test
    void dueDatesFollowTheCalendar() {
        assertEquals("2026-11-23T14:00+01:00", due("standard", "2026-11-23T11:30:00+01:00", 60).json().getString("due"));
        assertEquals("2026-12-28T09:00+01:00", due("standard", "2026-12-24T17:00:00+01:00", 60).json().getString("due"));
        assertEquals("2026-03-29T03:30+02:00", due("24x7", "2026-03-29T01:30:00+01:00", 60).json().getString("due"));
    }

    @Test
    void badParametersGiveFrenchProblems() {
        Api.Reply unknown = due("nuit", "2026-11-23T11:30:00+01:00", 60);
        assertEquals(422, unknown.status());
        assertEquals("Calendrier inconnu : nuit (calendriers : standard, 24x7).", unknown.json().getString("detail"));
        assertEquals(422, due("standard", "lundi matin", 60).status());
        assertEquals(422, due("standard", "2026-11-23T11:30:00+01:00", -5).status());
    }

    @Test
    void aMembersClosedDayStopsTheClockOfItsTicketsOnly() {
        long corbas = ApiIT.memberId("corbas");
        JsonObject calendar = Api.as("corbas.agent1").get("/api/v1/members/" + corbas + "/calendar?year=2026").json();
        assertEquals("69", calendar.getString("department"));
        assertEquals(11, calendar.getJsonArray("holidays").size(), "Rhône: no Good Friday, no 26 December");
        assertEquals(404, Api.as("givors.agent1").get("/api/v1/members/" + corbas + "/calendar").status());

        LocalDate day = nextWorkingDay(corbas);
        String closure = "{\"day\":\"" + day + "\",\"reason\":\"Pont de la mairie\"}";
        assertEquals(403, Api.as("corbas.referent").post("/api/v1/members/" + corbas + "/closures", closure).status());
        assertEquals(201, Api.as("chef.projet1").post("/api/v1/members/" + corbas + "/closures", closure).status());
        Api.Reply twice = Api.as("chef.projet1").post("/api/v1/members/" + corbas + "/closures", closure);
        assertEquals(422, twice.status(), twice::toString);
        try {
            JsonObject closed = TicketsIT.open("corbas.agent1", "Lenteurs du logiciel d'état civil", "question", "user", "low", null);
            assertEquals(due(closed, 4500 + 450), Instant.parse(closed.getString("resolutionDue")),
                    "P4 resolves in 4 500 business minutes, and the closed day adds one working day of 450");
            JsonObject givors = TicketsIT.open("givors.agent1", "Lenteurs du logiciel d'état civil", "question", "user", "low", null);
            assertEquals(due(givors, 4500), Instant.parse(givors.getString("resolutionDue")), "other members work that day");
        } finally {
            assertEquals(204, Api.as("chef.projet1").delete("/api/v1/members/" + corbas + "/closures/" + day).status());
        }
        JsonObject reopened = TicketsIT.open("corbas.agent1", "Lenteurs du logiciel d'urbanisme", "question", "user", "low", null);
        assertEquals(due(reopened, 4500), Instant.parse(reopened.getString("resolutionDue")));
    }

    @Test
    void managersSetTheMatrixThePoliciesAndTheGroupsAndNewTicketsFollow() {
        List<JsonObject> cells = Api.as("tech1").get("/api/v1/sla/matrix").array().getValuesAs(JsonObject.class);
        assertEquals(12, cells.size());
        assertEquals(403, Api.as("corbas.referent").put("/api/v1/sla/matrix", "{\"cells\":[]}").status());
        assertEquals(403, Api.as("tech1").put("/api/v1/sla/matrix", "{\"cells\":[]}").status(), "managers set it");
        Api.Reply raised = Api.as("chef.projet1").put("/api/v1/sla/matrix", "{\"cells\":[{\"impact\":\"user\",\"urgency\":\"high\",\"priority\":\"P2\"}]}");
        try {
            assertEquals(200, raised.status(), raised::toString);
            assertEquals("P2", TicketsIT.open("corbas.agent1", "Poste du maire bloqué", "incident", "user", "high", null).getString("priority"));
        } finally {
            Api.as("chef.projet1").put("/api/v1/sla/matrix", "{\"cells\":[{\"impact\":\"user\",\"urgency\":\"high\",\"priority\":\"P3\"}]}");
        }
        assertEquals("P3", TicketsIT.open("corbas.agent1", "Poste de l'accueil bloqué", "incident", "user", "high", null).getString("priority"));

        JsonObject p4 = Api.as("tech1").get("/api/v1/sla/policies").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("serviceLevel").equals("standard") && p.getString("priority").equals("P4")
                        && p.getString("ticketType").equals("any")).findFirst().orElseThrow();
        String policy = "/api/v1/sla/policies/" + p4.getJsonNumber("id");
        Api.Reply backwards = Api.as("chef.projet1").put(policy, "{\"firstResponseMinutes\":900,\"resolutionMinutes\":450,\"calendar\":\"standard\"}");
        assertEquals(422, backwards.status(), backwards::toString);
        assertEquals("Le délai de résolution ne peut pas être plus court que celui de la première réponse.", backwards.json().getString("detail"));
        assertEquals(422, Api.as("chef.projet1").put(policy, "{\"firstResponseMinutes\":450,\"resolutionMinutes\":900,\"calendar\":\"nuit\"}").status());
        try {
            assertEquals(200, Api.as("chef.projet1").put(policy, "{\"firstResponseMinutes\":450,\"resolutionMinutes\":900,\"calendar\":\"standard\"}").status());
            JsonObject quicker = TicketsIT.open("corbas.agent1", "Question sur le portail famille", "question", "user", "low", null);
            assertEquals(due(quicker, 900), Instant.parse(quicker.getString("resolutionDue")), "new tickets take the new target");
        } finally {
            Api.as("chef.projet1").put(policy, "{\"firstResponseMinutes\":450,\"resolutionMinutes\":4500,\"calendar\":\"standard\"}");
        }

        // Ascension 2031 is Thursday 22 May; the syndicate bridges Friday 23.
        String closure = "{\"day\":\"2031-05-23\",\"label\":\"Pont de l'Ascension\"}";
        assertEquals("2031-05-23T09:00+02:00", due("standard", "2031-05-21T17:00:00+02:00", 60).json().getString("due"));
        assertEquals(403, Api.as("tech1").post("/api/v1/sla/calendars/standard/closures", closure).status());
        Api.Reply bridged = Api.as("chef.projet1").post("/api/v1/sla/calendars/standard/closures", closure);
        assertEquals(200, bridged.status(), bridged::toString);
        try {
            assertEquals("2031-05-26T09:00+02:00", due("standard", "2031-05-21T17:00:00+02:00", 60).json().getString("due"),
                    "the clock skips the bridge day");
            assertEquals(422, Api.as("chef.projet1").post("/api/v1/sla/calendars/24x7/closures", closure).status(), "always open");
        } finally {
            assertEquals(200, Api.as("chef.projet1").delete("/api/v1/sla/calendars/standard/closures/2031-05-23").status());
        }
        assertEquals("2031-05-23T09:00+02:00", due("standard", "2031-05-21T17:00:00+02:00", 60).json().getString("due"));

        long tech1 = Sql.number("SELECT id FROM user_account WHERE login = 'tech1'");
        long tech2 = Sql.number("SELECT id FROM user_account WHERE login = 'tech2'");
        long agent = Sql.number("SELECT id FROM user_account WHERE login = 'corbas.agent1'");
        String group = "{\"code\":\"imprimantes\",\"name\":\"Imprimantes\",\"memberIds\":[" + tech2 + "]}";
        assertEquals(403, Api.as("tech1").post("/api/v1/tickets/groups", group).status());
        Api.Reply created = Api.as("chef.projet1").post("/api/v1/tickets/groups", group);
        assertEquals(201, created.status(), created::toString);
        String path = "/api/v1/tickets/groups/" + created.json().getJsonNumber("id");
        Api.Reply outsider = Api.as("chef.projet1").put(path, group.replace("[" + tech2 + "]", "[" + tech2 + "," + agent + "]"));
        assertEquals(422, outsider.status(), "a commune's agent is not a group member");
        Api.Reply grown = Api.as("chef.projet1").put(path, group.replace("[" + tech2 + "]", "[" + tech2 + "," + tech1 + "]"));
        assertEquals(200, grown.status(), grown::toString);
        JsonObject ticket = TicketsIT.open("corbas.agent1", "Imprimante du CCAS", "incident", "user", "low", null);
        Api.Reply assigned = Api.as("tech2").post("/api/v1/tickets/assignments", "{\"ticketIds\":[" + ticket.getJsonNumber("id")
                + "],\"groupId\":" + created.json().getJsonNumber("id") + ",\"assigneeId\":" + tech1 + "}");
        assertEquals(200, assigned.status(), assigned::toString);
        assertEquals(2, Sql.number("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'support_group' AND entity_id = ?",
                String.valueOf(created.json().getJsonNumber("id"))), "created and changed, both audited");
    }

    /** The working day after today on Corbas's calendar (public holidays and weekends skipped). */
    private static LocalDate nextWorkingDay(long member) {
        LocalDate today = LocalDate.now(PARIS);
        List<String> holidays = new java.util.ArrayList<>();
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            Api.as("tech1").get("/api/v1/members/" + member + "/calendar?year=" + year).json().getJsonArray("holidays")
                    .getValuesAs(jakarta.json.JsonString.class).forEach(h -> holidays.add(h.getString()));
        }
        LocalDate day = today.plusDays(1);
        while (day.getDayOfWeek().getValue() > 5 || holidays.contains(day.toString())) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static Instant due(JsonObject ticket, long minutes) {
        String from = Instant.parse(ticket.getString("createdAt")).atZone(PARIS).toOffsetDateTime().toString();
        return OffsetDateTime.parse(due("standard", from, minutes).json().getString("due")).toInstant();
    }
}
