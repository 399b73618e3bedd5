package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Changes through the REST API: who approves, the announcement mailed once to the référents of the members hit,
 * the status board in maintenance while the work is under way, and the problem the change fixes closed at its end.
 */
@ExtendWith(ArquillianExtension.class)
class ChangesIT {

    private static final String CHANGES = "/api/v1/changes";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anApprovedInterruptionIsAnnouncedOnceAndDrivesTheStatusBoardUntilItEnds() {
        long video = Sql.number("SELECT id FROM catalog_service WHERE code = 'visioconference'");
        long problem = Api.as("tech1").post("/api/v1/problems", "{\"title\":\"Salles de visioconférence qui se coupent\"}").json()
                .getJsonNumber("id").longValue();
        OffsetDateTime start = OffsetDateTime.now(PARIS).plusDays(2).truncatedTo(ChronoUnit.HOURS);
        Api.Reply created = Api.as("tech1").post(CHANGES, change(video, start, start.plusHours(2), "medium", problem));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals("draft", created.json().getString("status"));
        assertTrue(created.json().getString("reference").startsWith("CHG-"));

        assertEquals(403, Api.as("vaulx-en-velin.referent").get(CHANGES + "/" + id).status(), "communes read announcements, not changes");
        assertEquals(403, Api.as("tech2").post(CHANGES + "/" + id + "/actions", "{\"action\":\"approve\"}").status(),
                "a technician does not approve");
        assertRefused(Api.as("tech1").post(CHANGES + "/" + id + "/actions", "{\"action\":\"approve\"}"), 403, "");
        assertRefused(Api.as("chef.projet1").post(CHANGES + "/" + id + "/actions", "{\"action\":\"approve\"}"), 422,
                "Seul un changement soumis peut être approuvé");
        assertEquals(200, Api.as("tech1").post(CHANGES + "/" + id + "/actions", "{\"action\":\"submit\"}").status());

        String referent = Sql.text("SELECT email FROM user_account WHERE login = 'vaulx-en-velin.referent'");
        long before = announcements(referent);
        Api.Reply approved = Api.as("chef.projet1").post(CHANGES + "/" + id + "/actions", "{\"action\":\"approve\",\"note\":\"Fenêtre validée.\"}");
        assertEquals(200, approved.status(), approved::toString);
        JsonObject change = approved.json();
        assertEquals("approved", change.getString("status"));
        assertEquals("chef.projet1", change.getString("decidedBy"));
        assertTrue(change.containsKey("announcedAt"), "two days ahead is later than the notice: announced at approval");
        assertTrue(LocalDate.parse(change.getString("announceOn")).isBefore(LocalDate.now(PARIS).plusDays(2)));
        assertTrue(change.getInt("announcedTo") >= 2, change::toString);
        assertEquals(before + 1, announcements(referent), "one mail to Vaulx-en-Velin's référent");
        String body = Sql.text("SELECT body FROM outbox_message WHERE recipient = ? ORDER BY id DESC LIMIT 1", referent);
        assertTrue(body.contains("Mise à jour des ponts de visioconférence"), body);
        assertFalse(body.contains("Plan interne"), "the plan stays internal");

        JsonObject status = Api.anonymous().get("/public/status.json").json();
        assertEquals("operational", state(status, "visioconference"), "approved, before its window");
        assertTrue(status.getJsonArray("maintenances").toString().contains("Visioconférence"), status::toString);

        assertEquals(200, Api.as("tech1").post(CHANGES + "/" + id + "/actions", "{\"action\":\"start\"}").status());
        assertEquals("maintenance", state(Api.anonymous().get("/public/status.json").json(), "visioconference"), "started: maintenance");
        Api.Reply done = Api.as("tech1").post(CHANGES + "/" + id + "/actions", "{\"action\":\"complete\"}");
        assertEquals(200, done.status(), done::toString);
        assertEquals("done", done.json().getString("status"));
        assertEquals("operational", state(Api.anonymous().get("/public/status.json").json(), "visioconference"), "ended: operational");
        JsonObject fixed = Api.as("tech1").get("/api/v1/problems/" + problem).json();
        assertEquals("closed", fixed.getString("status"), "the change closed the problem it fixes");
        assertTrue(fixed.getString("rootCause").contains(change.getString("reference")), fixed::toString);
        assertEquals(before + 1, announcements(referent), "announced once, whatever happens next");
    }

    @Test
    void aHighRiskChangeNeedsTheDirectionAndNobodyApprovesTheirOwn() {
        long video = Sql.number("SELECT id FROM catalog_service WHERE code = 'visioconference'");
        OffsetDateTime start = OffsetDateTime.now(PARIS).plusDays(40).truncatedTo(ChronoUnit.HOURS);
        long id = Api.as("chef.projet1").post(CHANGES, change(video, start, start.plusHours(3), "high", null)).json()
                .getJsonNumber("id").longValue();
        Api.as("chef.projet1").post(CHANGES + "/" + id + "/actions", "{\"action\":\"submit\"}");
        assertRefused(Api.as("chef.projet1").post(CHANGES + "/" + id + "/actions", "{\"action\":\"approve\"}"), 422,
                "votre propre changement");
        assertRefused(Api.as("chef.projet2").post(CHANGES + "/" + id + "/actions", "{\"action\":\"approve\"}"), 422,
                "approuvé par la direction");
        Api.Reply approved = Api.as("directeur").post(CHANGES + "/" + id + "/actions", "{\"action\":\"approve\"}");
        assertEquals(200, approved.status(), approved::toString);
        assertFalse(approved.json().containsKey("announcedAt"), "forty days ahead: announced later, by the timer");
        assertTrue(approved.json().containsKey("announceOn"));
        assertEquals(200, Api.as("chef.projet1").post(CHANGES + "/" + id + "/actions", "{\"action\":\"cancel\"}").status());
    }

    @Test
    void aBadChangeIsRefusedInFrench() {
        long video = Sql.number("SELECT id FROM catalog_service WHERE code = 'visioconference'");
        OffsetDateTime start = OffsetDateTime.now(PARIS).plusDays(3);
        assertRefused(Api.as("tech1").post(CHANGES, change(video, start, start.minusHours(1), "low", null)), 400, "finir après son début");
        assertRefused(Api.as("tech1").post(CHANGES, change(video, start, start.plusHours(1), "low", null).replace("\"serviceIds\":[" + video + "]",
                "\"serviceIds\":[]")), 400, "au moins un service");
        assertRefused(Api.as("tech1").post(CHANGES, change(video, start, start.plusHours(1), "enorme", null)), 422, "enorme");
        assertRefused(Api.as("tech1").post(CHANGES, change(video, start, start.plusHours(1), "low", null)
                .replace("Plan interne : bascule sur le pont B.", "")), 400, "plan d'intervention est obligatoire");
    }

    private static String change(long service, OffsetDateTime start, OffsetDateTime end, String risk, Long problem) {
        return "{\"title\":\"Ponts visio v5\",\"publicSummary\":\"Mise à jour des ponts de visioconférence : service interrompu.\","
                + "\"plan\":\"Plan interne : bascule sur le pont B.\",\"backoutPlan\":\"Retour au pont A.\",\"risk\":\"" + risk + "\","
                + "\"interrupts\":true,\"windowStart\":\"" + start + "\",\"windowEnd\":\"" + end + "\",\"serviceIds\":[" + service + "]"
                + (problem == null ? "" : ",\"problemId\":" + problem) + "}";
    }

    private static long announcements(String email) {
        return Sql.number("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND subject LIKE '%intervention programmée%'", email);
    }

    private static String state(JsonObject status, String code) {
        return status.getJsonArray("services").getValuesAs(JsonObject.class).stream().filter(s -> s.getString("code").equals(code))
                .findFirst().orElseThrow().getString("state");
    }

    private static void assertRefused(Api.Reply reply, int status, String fragment) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.body().contains(fragment), () -> "expected « " + fragment + " » in " + reply.body());
    }
}
