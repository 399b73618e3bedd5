package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff text is internal unless staff chose to publish it: every way a technician's text enters a ticket
 * (the comment of take, assign, bulk assignment, start and close, an internal note) against every way a
 * commune reads it (the ticket in the API with its comments and history, the lists, the mails). Only
 * the question and the resolution note, which are answers, reach the commune.
 */
@ExtendWith(ArquillianExtension.class)
class InternalNotesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void noStaffTextReachesTheCommuneUnlessItIsAnAnswer() {
        String secret = "INTERNE-" + UUID.randomUUID();
        JsonObject ticket = TicketsIT.open("grigny.agent2", "Imprimante bloquée " + secret.substring(8, 16), "incident", "user",
                "low", null);
        long id = ticket.getJsonNumber("id").longValue();
        long groupId = ticket.getJsonNumber("groupId").longValue();
        Api tech = Api.as("tech1");

        assertEquals(200, TicketsIT.act("tech1", id, "take", secret + " take").status());
        assertEquals(200, tech.post("/api/v1/tickets/" + id + "/transitions", "{\"action\":\"assign\",\"groupId\":" + groupId
                + ",\"comment\":\"" + secret + " assign\"}").status());
        assertEquals(200, tech.post("/api/v1/tickets/assignments", "{\"ticketIds\":[" + id + "],\"groupId\":" + groupId
                + ",\"comment\":\"" + secret + " bulk\"}").status());
        assertEquals(200, TicketsIT.act("tech1", id, "start", secret + " start").status());
        assertEquals(201, tech.post("/api/v1/tickets/" + id + "/comments", "{\"body\":\"" + secret + " note\",\"internal\":true}")
                .status());
        assertEquals(200, TicketsIT.act("tech1", id, "wait_for_requester", "Quel est le modèle ?").status());
        assertEquals(201, Api.as("grigny.agent2").post("/api/v1/tickets/" + id + "/comments", "{\"body\":\"Un HP.\"}").status());
        assertEquals(200, TicketsIT.act("tech1", id, "resolve", "Pilote réinstallé.").status());

        String staffView = tech.get("/api/v1/tickets/" + id).body();
        for (String way : List.of("take", "assign", "bulk", "start", "note")) {
            assertTrue(staffView.contains(secret + " " + way), "staff read the " + way + " text: " + staffView);
        }
        for (String login : List.of("grigny.agent2", "grigny.referent")) {
            Api commune = Api.as(login);
            String view = commune.get("/api/v1/tickets/" + id).body();
            assertFalse(view.contains(secret), login + " reads an internal text: " + view);
            assertTrue(view.contains("Quel est le modèle ?") && view.contains("Pilote réinstallé."),
                    "the answers reach " + login + ": " + view);
            assertFalse(commune.get("/api/v1/tickets?size=100").body().contains(secret), login + " list");
            assertFalse(commune.get("/api/v1/tickets/" + id + "/attachments").body().contains(secret), login + " files");
        }
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM outbox_message o JOIN user_account u ON u.email = o.recipient"
                + " WHERE u.member_id IS NOT NULL AND u.login LIKE 'grigny.%' AND o.body LIKE ?", "%" + secret + "%"),
                "no mail to the commune carries an internal text");
        assertTrue(Sql.number("SELECT COUNT(*) FROM outbox_message o WHERE o.body LIKE ?", "%Pilote réinstallé.%") > 0,
                "the resolution was mailed");
    }

    /** The note a project manager gives when handing a request to a technician is for the syndicate only. */
    @Test
    void aRequestsAssignmentNoteStaysWithTheSyndicate() {
        String secret = "INTERNE-" + UUID.randomUUID();
        Api.Reply created = Api.as("pierre-benite.referent").post("/api/v1/requests", "{\"serviceId\":"
                + RequestsIT.serviceId("Messagerie collaborative") + ",\"answers\":{\"mailboxes\":2,\"service_name\":\"CCAS\"}}");
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        long tech2 = Api.as("admin").get("/api/v1/users?q=tech2").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        Api.Reply assigned = Api.as("chef.projet2").post("/api/v1/requests/" + id + "/transitions",
                "{\"action\":\"assign\",\"assigneeId\":" + tech2 + ",\"comment\":\"" + secret + "\"}");
        assertEquals(200, assigned.status(), assigned::toString);

        assertTrue(Api.as("chef.projet2").get("/api/v1/requests/" + id).body().contains(secret), "staff read the note");
        String commune = Api.as("pierre-benite.referent").get("/api/v1/requests/" + id).body();
        assertFalse(commune.contains(secret), "the commune never does: " + commune);
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM outbox_message WHERE recipient LIKE '%@pierre-benite.example.fr'"
                + " AND body LIKE ?", "%" + secret + "%"), "nor by mail");
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM outbox_message WHERE recipient = 'tech2@sitiv.example.fr'"
                + " AND body LIKE ?", "%" + secret + "%"), "the assignee is told");
    }
}
