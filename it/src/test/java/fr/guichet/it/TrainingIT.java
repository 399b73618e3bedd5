package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Training sessions: seats, waiting list, promotion on cancellation, member isolation, attendance. */
@ExtendWith(ArquillianExtension.class)
class TrainingIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static long register(String login, long session, String expectedStatus) {
        Api.Reply reply = Api.as(login).post("/api/v1/training/sessions/" + session + "/registrations", "{}");
        assertEquals(201, reply.status(), reply::toString);
        assertEquals(expectedStatus, reply.json().getString("status"));
        return reply.json().getJsonNumber("id").longValue();
    }

    private static long userId(String login) {
        return Api.as("admin").get("/api/v1/users?q=" + login).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    @Test
    void managersPlanASessionPrintItsSheetAndCancelItTellingEveryRegistrant() {
        long service = RequestsIT.serviceId("Formation bureautique libre");
        Instant start = Instant.now().plus(Duration.ofDays(300)).truncatedTo(ChronoUnit.HOURS);
        String body = "{\"serviceId\":" + service + ",\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plus(Duration.ofHours(3))
                + "\",\"durationDays\":0.5,\"seats\":3,\"trainer\":\"Nadia Formatrice\",\"place\":\"Salle du conseil\"}";
        assertEquals(403, Api.as("tech1").post("/api/v1/training/sessions", body).status(), "managers plan sessions");
        Api.Reply backwards = Api.as("chef.projet1").post("/api/v1/training/sessions", body.replace("\"endsAt\":\"" + start.plus(Duration.ofHours(3)),
                "\"endsAt\":\"" + start.minus(Duration.ofHours(3))));
        assertEquals(422, backwards.status(), backwards::toString);
        Api.Reply created = Api.as("chef.projet1").post("/api/v1/training/sessions", body);
        assertEquals(201, created.status(), created::toString);
        long session = created.json().getJsonNumber("id").longValue();
        register("givors.agent1", session, "CONFIRMED");
        register("givors.agent2", session, "CONFIRMED");
        Api.Reply tooSmall = Api.as("chef.projet1").put("/api/v1/training/sessions/" + session, body.replace("\"seats\":3", "\"seats\":1"));
        assertEquals(422, tooSmall.status(), tooSmall::toString);
        assertTrue(tooSmall.json().getString("detail").startsWith("2 personnes ont déjà une place"), tooSmall::toString);

        byte[] sheet = Api.as("tech1").bytes("/api/v1/training/sessions/" + session + "/attendance-sheet");
        assertEquals("%PDF", new String(sheet, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        assertEquals(403, Api.as("givors.referent").post("/api/v1/training/sessions/" + session + "/cancellation", "{\"reason\":\"x\"}").status());
        Api.Reply cancelled = Api.as("chef.projet1").post("/api/v1/training/sessions/" + session + "/cancellation",
                "{\"reason\":\"Formatrice absente\"}");
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertTrue(cancelled.json().getBoolean("cancelled"));
        assertTrue(RequestsIT.queuedMailTo("givors.agent2@givors.example.fr", "Session de formation annulée"));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM training_registration WHERE session_id = ? AND status <> 'CANCELLED'", session));
        assertEquals(422, Api.as("chef.projet1").post("/api/v1/training/sessions/" + session + "/cancellation",
                "{\"reason\":\"encore\"}").status(), "once");
    }

    @Test
    void fullSessionQueuesNewcomersAndPromotesTheFirstWhenASeatFreesUp() {
        long service = RequestsIT.serviceId("Formation bureautique libre");
        var sessions = Api.as("givors.agent1").get("/api/v1/training/sessions?serviceId=" + service).array()
                .getValuesAs(JsonObject.class);
        JsonObject small = sessions.stream().filter(s -> s.getInt("seats") == 2).findFirst().orElseThrow();
        long session = small.getJsonNumber("id").longValue();

        long first = register("givors.agent1", session, "CONFIRMED");
        register("givors.agent2", session, "CONFIRMED");
        long waiting = register("corbas.agent1", session, "WAITING");
        register("corbas.agent2", session, "WAITING");
        assertEquals(422, Api.as("corbas.agent2").post("/api/v1/training/sessions/" + session + "/registrations", "{}").status(),
                "one registration per person");

        JsonObject counts = Api.as("corbas.agent1").get("/api/v1/training/sessions?serviceId=" + service).array()
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getJsonNumber("id").longValue() == session).findFirst().orElseThrow();
        assertEquals(0, counts.getInt("seatsLeft"));
        assertEquals(2, counts.getInt("waiting"));

        var corbasView = Api.as("corbas.referent").get("/api/v1/training/sessions/" + session + "/registrations").array()
                .getValuesAs(JsonObject.class);
        assertEquals(2, corbasView.size());
        corbasView.forEach(r -> assertEquals("Corbas", r.getString("memberName")));
        assertEquals(404, deleteAs("corbas.referent", first), "Corbas cannot cancel a Givors registration");

        assertEquals(200, deleteAs("givors.agent1", first));
        var after = Api.as("tech1").get("/api/v1/training/sessions/" + session + "/registrations").array()
                .getValuesAs(JsonObject.class);
        JsonObject promoted = after.stream().filter(r -> r.getJsonNumber("id").longValue() == waiting).findFirst().orElseThrow();
        assertEquals("CONFIRMED", promoted.getString("status"));
        assertTrue(Api.as("admin").get("/api/v1/outbox?recipient=corbas.agent1@corbas.example.fr").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(m -> m.getString("subject").contains("place s'est libérée")));

        assertEquals(403, Api.as("givors.referent").put("/api/v1/training/registrations/" + waiting + "/attendance",
                "{\"attended\":true}").status());
        JsonObject present = Api.as("tech1").put("/api/v1/training/registrations/" + waiting + "/attendance",
                "{\"attended\":true}").json();
        assertTrue(present.getBoolean("attended"));
    }

    @Test
    void agentsRegisterThemselvesAndReferentsOnlyTheirOwnAgents() {
        long service = RequestsIT.serviceId("Formation bureautique libre");
        long session = Api.as("grigny.agent1").get("/api/v1/training/sessions?serviceId=" + service).array()
                .getJsonObject(0).getJsonNumber("id").longValue();
        String path = "/api/v1/training/sessions/" + session + "/registrations";
        assertEquals(403, Api.as("grigny.agent1").post(path, "{\"userId\":" + userId("grigny.agent2") + "}").status());
        assertEquals(404, Api.as("grigny.referent").post(path, "{\"userId\":" + userId("corbas.agent3") + "}").status());
        assertEquals(201, Api.as("grigny.referent").post(path, "{\"userId\":" + userId("grigny.agent3") + "}").status());
    }

    private static int deleteAs(String login, long registration) {
        return Api.as(login).delete("/api/v1/training/registrations/" + registration).status();
    }
}
