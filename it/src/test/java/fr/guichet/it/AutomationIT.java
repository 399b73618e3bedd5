package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Automation rules through the REST API: they act in the ticket's own transaction, a failing one never costs the
 * ticket, none moves a ticket to another member, and the timed ones remind a requester once.
 */
@ExtendWith(ArquillianExtension.class)
class AutomationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aRuleRoutesPrioritizesAddsAWatcherAndAnswersOnlyTheTicketsItNames() {
        long corbas = ApiIT.memberId("corbas");
        long network = Sql.number("SELECT id FROM support_group WHERE code = 'reseau'");
        long answer = Sql.number("SELECT id FROM canned_answer WHERE title = 'Prise en charge'");
        long colleague = Sql.number("SELECT id FROM user_account WHERE login = 'corbas.agent3'");
        String rule = "{\"name\":\"Traceurs de Corbas\",\"trigger\":\"ticket_created\",\"position\":5,\"memberId\":" + corbas
                + ",\"words\":\"traceur\",\"groupId\":" + network + ",\"setPriority\":\"P2\",\"watcherId\":" + colleague
                + ",\"answerId\":" + answer + "}";
        assertEquals(403, Api.as("tech1").post("/api/v1/automation/rules", rule).status(), "managers keep the rules");
        Api.Reply created = Api.as("chef.projet1").post("/api/v1/automation/rules", rule);
        assertEquals(201, created.status(), created::toString);
        long ruleId = created.json().getJsonNumber("id").longValue();

        JsonObject ticket = TicketsIT.open("corbas.agent1", "Le traceur du service urbanisme bourre", "incident", "user", "low", null);
        assertEquals(network, ticket.getJsonNumber("groupId").longValue());
        assertEquals("P2", ticket.getString("priority"));
        assertTrue(names(ticket).contains("Karim Morin"), ticket.toString());
        JsonObject read = Api.as("tech1").get("/api/v1/tickets/" + ticket.getJsonNumber("id")).json();
        JsonObject automatic = read.getJsonArray("comments").getValuesAs(JsonObject.class).get(0);
        assertTrue(automatic.getString("body").startsWith("Bonjour Damien Dumont,\n\nNous avons bien reçu votre demande "
                + ticket.getString("reference")), automatic.toString());
        assertEquals("Aline Perret", automatic.getString("authorName"), "sent in the name of the rule's author");
        assertTrue(RequestsIT.queuedMailTo("corbas.agent1@corbas.example.fr", ticket.getString("reference") + " — nouveau message"));

        JsonObject givors = TicketsIT.open("givors.agent1", "Le traceur de l'école est en panne", "incident", "user", "low", null);
        assertEquals("P4", givors.getString("priority"), "the rule names Corbas only");
        assertEquals(ApiIT.memberId("givors"), givors.getJsonNumber("memberId").longValue());

        List<JsonObject> runs = Api.as("chef.projet1").get("/api/v1/automation/runs").array().getValuesAs(JsonObject.class);
        assertTrue(runs.stream().anyMatch(r -> r.getJsonNumber("ruleId").longValue() == ruleId && r.getBoolean("succeeded")
                && r.getString("ticketReference").equals(ticket.getString("reference"))), runs.toString());
        assertEquals(200, Api.as("chef.projet1").put("/api/v1/automation/rules/" + ruleId + "/active", "{\"active\":false}").status());
        JsonObject after = TicketsIT.open("corbas.agent1", "Un autre traceur en panne", "incident", "user", "low", null);
        assertEquals("P4", after.getString("priority"), "an inactive rule does nothing");
    }

    @Test
    void aRuleThatCannotActIsRecordedAndTheTicketIsKept() {
        long outsider = Sql.number("SELECT id FROM user_account WHERE login = 'givors.agent1'");
        Api.Reply created = Api.as("chef.projet1").post("/api/v1/automation/rules", "{\"name\":\"Suivi impossible\",\"trigger\":\"ticket_created\","
                + "\"words\":\"plastifieuse\",\"setPriority\":\"P3\",\"watcherId\":" + outsider + "}");
        assertEquals(201, created.status(), created::toString);
        long ruleId = created.json().getJsonNumber("id").longValue();
        JsonObject ticket = TicketsIT.open("corbas.agent2", "Plastifieuse de l'accueil bloquée", "incident", "user", "low", null);
        assertEquals("P3", ticket.getString("priority"), "what the rule could do is done");
        assertEquals(List.of(), names(ticket), "a watcher of another member is never added");
        JsonObject run = Api.as("chef.projet1").get("/api/v1/automation/runs").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("ruleId").longValue() == ruleId).findFirst().orElseThrow();
        assertFalse(run.getBoolean("succeeded"));
        assertEquals("priorité P4 → P3 ; échec : la personne à ajouter au suivi n'est pas un utilisateur actif de l'adhérent du ticket",
                run.getString("detail"));
        Api.as("chef.projet1").put("/api/v1/automation/rules/" + ruleId + "/active", "{\"active\":false}");
    }

    @Test
    void rulesAreCheckedBeforeTheyAreSaved() {
        Api.Reply noDelay = Api.as("chef.projet1").post("/api/v1/automation/rules", "{\"name\":\"Relance\",\"trigger\":\"remind_waiting\"}");
        assertEquals(422, noDelay.status(), noDelay::toString);
        assertEquals("Une règle temporelle a besoin de son délai.", noDelay.json().getString("detail"));
        Api.Reply noAction = Api.as("chef.projet1").post("/api/v1/automation/rules", "{\"name\":\"Rien\",\"trigger\":\"ticket_created\"}");
        assertEquals(422, noAction.status(), noAction::toString);
        assertEquals("Choisissez au moins une action.", noAction.json().getString("detail"));
        assertEquals(403, Api.as("corbas.referent").get("/api/v1/automation/rules").status());
    }

    @Test
    void aRequesterWhoLeavesAQuestionUnansweredIsRemindedOnce() {
        Api.Reply created = Api.as("chef.projet1").post("/api/v1/automation/rules", "{\"name\":\"Relance à deux jours\","
                + "\"trigger\":\"remind_waiting\",\"delay\":2,\"words\":\"badgeuse\"}");
        assertEquals(201, created.status(), created::toString);
        JsonObject ticket = TicketsIT.open("corbas.agent2", "Badgeuse du centre technique muette", "incident", "user", "low", null);
        long id = ticket.getJsonNumber("id").longValue();
        assertEquals(200, TicketsIT.act("tech1", id, "take", null).status());
        assertEquals(200, TicketsIT.act("tech1", id, "wait_for_requester", "Quel est le numéro de série ?").status());
        assertEquals(0, Api.as("chef.projet1").post("/api/v1/automation/timed-runs", "").json().getInt("acted"), "not yet due");

        Sql.update("UPDATE ticket SET paused_since = ? WHERE id = ?", Timestamp.from(Instant.now().minus(Duration.ofDays(10))), id);
        assertEquals(1, Api.as("chef.projet1").post("/api/v1/automation/timed-runs", "").json().getInt("acted"));
        assertTrue(RequestsIT.queuedMailTo("corbas.agent2@corbas.example.fr", ticket.getString("reference") + " — nous attendons toujours"));
        assertTrue(Api.as("corbas.agent2").get("/api/v1/tickets/" + id).json().getJsonArray("history").getValuesAs(JsonObject.class)
                .stream().anyMatch(e -> e.getString("kind").equals("reminder")), "the requester sees the reminder in the history");
        assertEquals(0, Api.as("chef.projet1").post("/api/v1/automation/timed-runs", "").json().getInt("acted"), "once per wait");
        assertEquals(403, Api.as("tech1").post("/api/v1/automation/timed-runs", "").status());
        Api.as("chef.projet1").put("/api/v1/automation/rules/" + created.json().getJsonNumber("id") + "/active", "{\"active\":false}");
    }

    private static List<String> names(JsonObject ticket) {
        return ticket.getJsonArray("watchers").getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")).toList();
    }
}
