package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Canned answers through the REST API: managers keep them, technicians fill them for a ticket, use is counted. */
@ExtendWith(ArquillianExtension.class)
class CannedAnswersIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void managersWriteAnswersAndTechniciansFillThemForATicket() {
        long group = Sql.number("SELECT id FROM support_group WHERE code = 'reseau'");
        String typo = "{\"groupId\":" + group + ",\"title\":\"Coupure réseau\",\"body\":\"Bonjour {demandeurr}, la coupure est en cours.\"}";
        Api.Reply refused = Api.as("chef.projet1").post("/api/v1/canned-answers", typo);
        assertEquals(422, refused.status(), refused::toString);
        assertEquals("Variable inconnue : {demandeurr}. Variables permises : {demandeur}, {reference}, {objet}, {service}, {commune},"
                + " {technicien}.", refused.json().getString("detail"));
        assertEquals(403, Api.as("tech1").post("/api/v1/canned-answers", typo).status(), "technicians do not write them");

        Api.Reply created = Api.as("chef.projet1").post("/api/v1/canned-answers", typo.replace("demandeurr", "demandeur")
                .replace("est en cours.", "touche {commune} ; suivez le ticket {reference}."));
        assertEquals(201, created.status(), created::toString);
        long answer = created.json().getJsonNumber("id").longValue();
        assertTrue(Api.as("tech1").get("/api/v1/canned-answers?group=" + group).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getJsonNumber("id").longValue() == answer));
        assertEquals(403, Api.as("corbas.agent1").get("/api/v1/canned-answers").status(), "the commune never reads them");

        JsonObject ticket = TicketsIT.open("corbas.agent1", "Plus de réseau à la médiathèque", "incident", "service", "high", null);
        Api.Reply filled = Api.as("tech1").post("/api/v1/canned-answers/" + answer + "/fill", "{\"ticketId\":" + ticket.getJsonNumber("id") + "}");
        assertEquals(200, filled.status(), filled::toString);
        assertEquals("Bonjour Damien Dumont, la coupure touche Corbas ; suivez le ticket " + ticket.getString("reference") + ".",
                filled.json().getString("text"));
        assertEquals(1, Api.as("tech1").get("/api/v1/canned-answers/" + answer).json().getInt("usageCount"));
        assertEquals(404, Api.as("tech1").post("/api/v1/canned-answers/" + answer + "/fill", "{\"ticketId\":987654321}").status());

        assertEquals(200, Api.as("chef.projet1").put("/api/v1/canned-answers/" + answer + "/active", "{\"active\":false}").status());
        assertFalse(Api.as("tech1").get("/api/v1/canned-answers").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getJsonNumber("id").longValue() == answer), "a retired answer is no longer offered");
        assertEquals(422, Api.as("tech1").post("/api/v1/canned-answers/" + answer + "/fill", "{\"ticketId\":" + ticket.getJsonNumber("id") + "}")
                .status());
        assertEquals(2, Sql.number("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'canned_answer' AND entity_id = ?",
                String.valueOf(answer)), "created and retired, both audited");
    }
}
