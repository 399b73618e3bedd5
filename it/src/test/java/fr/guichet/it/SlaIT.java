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
