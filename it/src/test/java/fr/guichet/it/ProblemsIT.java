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
 * Problems through the REST API: staff only; tickets grouped once; the workaround published as an article communes
 * read (or not); closing mails each requester once, the public note only.
 */
@ExtendWith(ArquillianExtension.class)
class ProblemsIT {

    private static final String PROBLEMS = "/api/v1/problems";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aProblemGroupsTicketsPublishesItsWorkaroundAndTellsEachRequesterOnceOnClosing() {
        long messaging = Sql.number("SELECT id FROM catalog_service WHERE code = 'messagerie'");
        long first = ticket("vaulx-en-velin.agent1", "Outlook se fige à l'ouverture");
        long second = ticket("vaulx-en-velin.agent1", "Outlook bloqué encore");
        long third = ticket("vaulx-en-velin.agent2", "Messagerie figée au démarrage");

        Api.Reply opened = Api.as("tech1").post(PROBLEMS, "{\"title\":\"Outlook se fige au démarrage\",\"serviceId\":" + messaging
                + ",\"analysis\":\"Index de recherche corrompu après la mise à jour KB-INTERNE-42.\"}");
        assertEquals(201, opened.status(), opened::toString);
        long id = opened.json().getJsonNumber("id").longValue();
        assertTrue(opened.json().getString("reference").startsWith("PRB-"));
        assertEquals("open", opened.json().getString("status"));
        for (long ticket : List.of(first, second, third)) {
            assertEquals(200, Api.as("tech1").put(PROBLEMS + "/" + id + "/tickets/" + ticket, "").status());
        }
        long other = Api.as("tech2").post(PROBLEMS, "{\"title\":\"Autre cause\"}").json().getJsonNumber("id").longValue();
        assertRefused(Api.as("tech2").put(PROBLEMS + "/" + other + "/tickets/" + first, ""), 422, "déjà rattaché au problème");

        assertEquals(403, Api.as("vaulx-en-velin.referent").get(PROBLEMS + "/" + id).status(), "communes never read problems");
        assertEquals(403, Api.as("vaulx-en-velin.agent1").get(PROBLEMS).status());
        assertEquals(200, Api.as("directeur").get(PROBLEMS + "/" + id).status(), "the direction reads them");
        assertEquals(403, Api.as("directeur").post(PROBLEMS, "{\"title\":\"x\"}").status(), "but does not keep them");

        assertRefused(Api.as("tech1").post(PROBLEMS + "/" + id + "/workaround-article", "{\"publicArticle\":true}"), 422,
                "Écrivez d'abord le contournement");
        JsonObject read = Api.as("tech1").get(PROBLEMS + "/" + id).json();
        Api.Reply written = Api.as("tech1").put(PROBLEMS + "/" + id, "{\"title\":\"Outlook se fige au démarrage\",\"serviceId\":" + messaging
                + ",\"analysis\":\"Index de recherche corrompu après la mise à jour KB-INTERNE-42.\",\"workaround\":"
                + "\"Lancez Outlook avec la touche Ctrl enfoncée puis choisissez le mode sans échec.\",\"version\":" + read.getInt("version") + "}");
        assertEquals(200, written.status(), written::toString);
        Api.Reply published = Api.as("tech1").post(PROBLEMS + "/" + id + "/workaround-article", "{\"publicArticle\":true}");
        assertEquals(200, published.status(), published::toString);
        assertEquals("known_error", published.json().getString("status"));
        long article = published.json().getJsonObject("workaroundArticle").getJsonNumber("id").longValue();
        JsonObject seenByAgent = Api.as("grigny.agent1").get("/api/v1/kb/articles/" + article).json();
        assertEquals("Contournement : Outlook se fige au démarrage", seenByAgent.getString("title"));
        assertTrue(seenByAgent.getString("body").contains("mode sans échec"));
        assertFalse(seenByAgent.toString().contains("KB-INTERNE-42"), "the analysis stays internal");
        assertEquals(article, Api.as("tech1").post(PROBLEMS + "/" + id + "/workaround-article", "{\"publicArticle\":false}").json()
                .getJsonObject("workaroundArticle").getJsonNumber("id").longValue(), "publishing again updates the same article");
        assertEquals(404, Api.as("grigny.agent1").get("/api/v1/kb/articles/" + article).status(), "now internal");

        assertRefused(Api.as("tech1").post(PROBLEMS + "/" + id + "/closure", "{\"publicNote\":\"Corrigé.\",\"notifyRequesters\":true}"), 422,
                "cause profonde");
        String agent1 = "vaulx-en-velin.agent1@vaulx-en-velin.example.fr";
        String agent2 = "vaulx-en-velin.agent2@vaulx-en-velin.example.fr";
        long before1 = mails(agent1);
        long before2 = mails(agent2);
        Api.Reply closed = Api.as("tech1").post(PROBLEMS + "/" + id + "/closure", "{\"rootCause\":\"Correctif KB-INTERNE-43 déployé.\","
                + "\"publicNote\":\"Un correctif a été installé sur tous les postes : Outlook démarre normalement.\",\"notifyRequesters\":true}");
        assertEquals(200, closed.status(), closed::toString);
        assertEquals("closed", closed.json().getString("status"));
        assertEquals(2, closed.json().getInt("notified"), "two requesters, three tickets");
        assertEquals(before1 + 1, mails(agent1), "one mail for two tickets");
        assertEquals(before2 + 1, mails(agent2));
        String body = Sql.text("SELECT body FROM outbox_message WHERE recipient = ? ORDER BY id DESC LIMIT 1", agent1);
        assertTrue(body.contains("Outlook démarre normalement"), body);
        assertFalse(body.contains("KB-INTERNE"), "nothing internal is mailed");
        assertRefused(Api.as("tech1").post(PROBLEMS + "/" + id + "/closure", "{\"rootCause\":\"x\",\"publicNote\":\"y\",\"notifyRequesters\":true}"),
                422, "est clos");
        assertEquals(before1 + 1, mails(agent1), "closing twice mails nobody again");
    }

    private static long ticket(String login, String subject) {
        Api.Reply opened = Api.as(login).post("/api/v1/tickets", "{\"subject\":\"" + subject + "\",\"description\":\"Impossible de travailler.\","
                + "\"type\":\"incident\",\"impact\":\"user\",\"urgency\":\"medium\"}");
        assertEquals(201, opened.status(), opened::toString);
        return opened.json().getJsonNumber("id").longValue();
    }

    private static long mails(String email) {
        return Sql.number("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND subject LIKE '%cause corrigée%'", email);
    }

    private static void assertRefused(Api.Reply reply, int status, String fragment) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.body().contains(fragment), () -> "expected « " + fragment + " » in " + reply.body());
    }
}
