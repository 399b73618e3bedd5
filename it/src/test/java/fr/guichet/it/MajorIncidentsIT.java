package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A major incident through the REST API, the seeds' drill: declared from a ticket about the mail service, the other
 * tickets linked, a decision to cut mailed once to each référent and crisis contact, internal notes kept in, then
 * resolved with its tickets and reviewed; a member it does not affect never sees it.
 */
@ExtendWith(ArquillianExtension.class)
class MajorIncidentsIT {

    private static final String INCIDENTS = "/api/v1/major-incidents";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theDrillFromDeclarationToReview() {
        long mail = Sql.number("SELECT id FROM catalog_service WHERE code = 'messagerie'");
        long givorsTicket = ticket("givors.agent1", "Messagerie inaccessible depuis ce matin", mail);
        long corbasTicket = ticket("corbas.agent2", "Plus aucun courriel reçu", mail);
        long otherGivors = ticket("givors.agent2", "Webmail en erreur 502", mail);

        Api.Reply declared = Api.as("tech1").post(INCIDENTS, "{\"title\":\"Messagerie indisponible\",\"serviceIds\":[" + mail
                + "],\"originTicketId\":" + givorsTicket + "}");
        assertEquals(201, declared.status(), declared::toString);
        JsonObject incident = declared.json();
        long id = incident.getJsonNumber("id").longValue();
        String reference = incident.getString("reference");
        assertTrue(reference.matches("MAJ-\\d{4}-\\d{4,}"), reference);
        assertEquals(10, incident.getJsonArray("affectedMembers").size(), "every member subscribed to the mail service");
        assertEquals(List.of(givorsTicket), ids(incident, "tickets"), "declared from a ticket, linked to it");
        assertEquals("declared", incident.getJsonArray("updates").getJsonObject(0).getString("kind"));
        assertEquals("DEGRADED", state("messagerie"), "an open incident degrades its services");

        JsonObject adjusted = Api.as("tech1").put(INCIDENTS + "/" + id + "/members", "{\"memberIds\":[" + ApiIT.memberId("givors") + ","
                + ApiIT.memberId("corbas") + "]}").json();
        assertEquals(List.of("Corbas", "Givors"), names(adjusted, "affectedMembers"));
        List<Long> suggested = Api.as("tech1").get(INCIDENTS + "/" + id + "/suggestions").array().getValuesAs(JsonObject.class).stream()
                .map(t -> t.getJsonNumber("id").longValue()).toList();
        assertTrue(suggested.containsAll(List.of(corbasTicket, otherGivors)) && !suggested.contains(givorsTicket), suggested::toString);
        assertEquals(200, Api.as("tech1").put(INCIDENTS + "/" + id + "/tickets/" + corbasTicket, "").status());
        assertEquals(200, Api.as("tech1").put(INCIDENTS + "/" + id + "/tickets/" + otherGivors, "").status());

        Api.Reply note = Api.as("tech1").post(INCIDENTS + "/" + id + "/updates",
                "{\"kind\":\"update\",\"body\":\"Piste : certificat expiré sur le frontal.\",\"internal\":true}");
        assertEquals(201, note.status(), note::toString);
        assertEquals(0, note.json().getInt("recipients"), "an internal note is mailed to nobody");
        assertEquals(422, Api.as("tech1").post(INCIDENTS + "/" + id + "/updates",
                "{\"kind\":\"cut_decision\",\"body\":\"Service coupé par précaution.\"}").status(), "a cut names who decided");
        Api.Reply cut = Api.as("tech1").post(INCIDENTS + "/" + id + "/updates", "{\"kind\":\"cut_decision\",\"body\":\"Service coupé par"
                + " précaution.\",\"decidedBy\":\"Sophie Mercier, DGS de Givors\"}");
        assertEquals(201, cut.status(), cut::toString);
        assertEquals(1, mailsTo("givors.referent@givors.example.fr", reference + " — décision"), "the référent hears of the cut once");
        assertEquals(1, mailsTo("dgs@givors.example.fr", reference + " — décision"), "so does the DGS, a crisis contact");
        assertEquals(1, mailsTo("dgs@corbas.example.fr", reference + " — décision"));
        assertEquals(1, mailsTo("dgs@venissieux.example.fr", reference), "an unaffected member heard only of the declaration");
        assertEquals(4, cut.json().getInt("recipients"), "two référents and two DGS: the elected officials have no mail address,"
                + " and a référent listed among the crisis contacts is mailed once");

        JsonObject seenByReferent = Api.as("givors.referent").get(INCIDENTS + "/" + id).json();
        assertEquals(List.of("declared", "cut_decision"), kinds(seenByReferent), "the internal note is not hers to read");
        assertEquals("Sophie Mercier, DGS de Givors", seenByReferent.getJsonArray("updates").getJsonObject(1).getString("decidedBy"));
        assertEquals(List.of("Givors"), names(seenByReferent, "affectedMembers"), "other affected members are not hers to know");
        assertEquals(List.of(otherGivors, givorsTicket).stream().sorted().toList(), ids(seenByReferent, "tickets").stream().sorted().toList());
        assertEquals(List.of(givorsTicket), ids(Api.as("givors.agent1").get(INCIDENTS + "/" + id).json(), "tickets"), "an agent, her own");
        assertEquals(3, kinds(Api.as("tech1").get(INCIDENTS + "/" + id).json()).size(), "staff read the internal note");
        assertEquals(404, Api.as("saint-chamond.referent").get(INCIDENTS + "/" + id).status(), "a member it does not affect");
        assertFalse(Api.as("saint-chamond.referent").get(INCIDENTS).body().contains(reference));
        assertTrue(Api.as("givors.agent1").get(INCIDENTS).body().contains(reference));
        assertEquals(403, Api.as("givors.referent").post(INCIDENTS + "/" + id + "/updates", "{\"kind\":\"update\",\"body\":\"x\"}").status());

        JsonObject other = Api.as("tech2").post(INCIDENTS, "{\"title\":\"Autre panne\",\"serviceIds\":[" + mail + "]}").json();
        Api.Reply elsewhere = Api.as("tech2").put(INCIDENTS + "/" + other.getJsonNumber("id") + "/tickets/" + corbasTicket, "");
        assertEquals(422, elsewhere.status());
        assertTrue(elsewhere.json().getString("detail").contains(reference), elsewhere::toString);
        assertEquals(200, Api.as("tech2").post(INCIDENTS + "/" + other.getJsonNumber("id") + "/resolution", "{\"note\":\"Fausse alerte.\"}")
                .status());
        assertEquals("OUTAGE", state("messagerie"), "cut by the first incident, still open");

        assertEquals(422, Api.as("tech1").put(INCIDENTS + "/" + id + "/review", "{\"cause\":\"c\",\"actions\":\"a\"}").status(),
                "reviewed once over");
        JsonObject resolved = Api.as("tech1").post(INCIDENTS + "/" + id + "/resolution",
                "{\"note\":\"Certificat renouvelé, la messagerie fonctionne de nouveau.\"}").json();
        assertEquals("resolved", resolved.getString("status"));
        assertEquals("OPERATIONAL", state("messagerie"), "no open incident on it any more");
        for (long ticket : List.of(givorsTicket, corbasTicket, otherGivors)) {
            assertEquals("RESOLVED", Sql.text("SELECT status FROM ticket WHERE id = ?", ticket), "linked ticket " + ticket);
        }
        assertEquals(1, mailsTo("givors.agent1@givors.example.fr", Sql.text("SELECT reference FROM ticket WHERE id = ?", givorsTicket)
                + " — ticket résolu"), "each requester hears of their ticket");
        JsonObject reviewed = Api.as("tech1").put(INCIDENTS + "/" + id + "/review", "{\"cause\":\"Certificat TLS expiré.\","
                + "\"actions\":\"Alerte à 30 jours de l'échéance.\"}").json();
        assertEquals("Certificat TLS expiré.", reviewed.getString("reviewCause"));
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'major_incident' AND entity_id = ? AND action = 'REVIEW'",
                String.valueOf(id)));
    }

    /** The service's state on the public board, read without credentials. */
    private static String state(String code) {
        return Api.anonymous().get("/public/status.json").json().getJsonArray("services").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("code").equals(code)).findFirst().orElseThrow().getString("state").toUpperCase(java.util.Locale.ROOT);
    }

    private static long ticket(String login, String subject, long service) {
        Api.Reply created = Api.as(login).post("/api/v1/tickets", "{\"subject\":\"" + subject + "\",\"description\":\"Depuis 8 h.\","
                + "\"type\":\"incident\",\"impact\":\"service\",\"urgency\":\"high\",\"serviceId\":" + service + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    private static long mailsTo(String email, String subject) {
        return Sql.number("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND subject LIKE ?", email, "%" + subject + "%");
    }

    private static List<Long> ids(JsonObject incident, String field) {
        return incident.getJsonArray(field).getValuesAs(JsonObject.class).stream().map(t -> t.getJsonNumber("id").longValue()).toList();
    }

    private static List<String> names(JsonObject incident, String field) {
        return incident.getJsonArray(field).getValuesAs(JsonObject.class).stream().map(m -> m.getString("name")).toList();
    }

    private static List<String> kinds(JsonObject incident) {
        return incident.getJsonArray("updates").getValuesAs(JsonObject.class).stream().map(u -> u.getString("kind")).toList();
    }
}
