package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Merges, links and watchers through the REST API: what follows a merge, and that none of it crosses members. */
@ExtendWith(ArquillianExtension.class)
class TicketRelationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aDuplicateMergesWithItsConversationAndItsRequesterFollowsButNeverAcrossMembers() {
        JsonObject kept = TicketsIT.open("corbas.agent1", "Écran noir au guichet unique", "incident", "user", "medium", null);
        JsonObject duplicate = TicketsIT.open("corbas.agent2", "Écran du guichet unique éteint", "incident", "user", "medium", null);
        long keptId = id(kept);
        long duplicateId = id(duplicate);
        assertEquals(201, Api.as("corbas.agent2").post("/api/v1/tickets/" + duplicateId + "/comments",
                "{\"body\":\"Le voyant de l'écran clignote orange.\"}").status());
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertEquals(201, Api.as("corbas.agent2").upload("/api/v1/tickets/" + duplicateId + "/attachments?name=photo-ecran.pdf",
                "application/octet-stream", pdf).status());
        String merge = "{\"targetTicketId\":" + keptId + "}";

        assertEquals(403, Api.as("corbas.agent1").post("/api/v1/tickets/" + duplicateId + "/merge", merge).status(),
                "only staff merge");
        JsonObject givors = TicketsIT.open("givors.agent1", "Écran noir à l'accueil", "incident", "user", "medium", null);
        Api.Reply acrossMembers = Api.as("tech1").post("/api/v1/tickets/" + id(givors) + "/merge", merge);
        assertEquals(422, acrossMembers.status(), acrossMembers::toString);
        assertTrue(acrossMembers.json().getString("detail").contains("même adhérent"), acrossMembers::toString);
        assertEquals("new", Api.as("givors.agent1").get("/api/v1/tickets/" + id(givors)).json().getString("status"),
                "a refused merge changes nothing");

        Api.Reply merged = Api.as("tech1").post("/api/v1/tickets/" + duplicateId + "/merge", merge);
        assertEquals(200, merged.status(), merged::toString);
        JsonObject survivor = merged.json();
        assertEquals(keptId, id(survivor));
        assertTrue(names(survivor, "watchers").contains("Jérôme Mathieu"), "the duplicate's requester follows the survivor");
        assertTrue(survivor.getJsonArray("comments").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("body").equals("Le voyant de l'écran clignote orange.")), "the comments follow");
        assertTrue(survivor.getJsonArray("attachments").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("fileName").equals("photo-ecran.pdf")), "the files follow");
        assertTrue(survivor.getJsonArray("history").getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getString("kind").equals("merge")
                && e.getString("detail").startsWith("le ticket " + duplicate.getString("reference") + " y est fusionné : 1 commentaire(s), 1 fichier(s)")));

        JsonObject closed = Api.as("corbas.agent2").get("/api/v1/tickets/" + duplicateId).json();
        assertEquals("closed", closed.getString("status"));
        assertEquals(kept.getString("reference"), closed.getJsonObject("mergedInto").getString("reference"),
                "the duplicate's requester finds where it carries on");
        assertEquals(200, Api.as("corbas.agent2").get("/api/v1/tickets/" + keptId).status(), "and may read it");
        assertTrue(RequestsIT.queuedMailTo("corbas.agent2@corbas.example.fr", duplicate.getString("reference") + " y est fusionné"),
                "the duplicate's requester is told");
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'MERGE' AND entity_id = ?", String.valueOf(duplicateId)));
        assertEquals(422, Api.as("tech1").post("/api/v1/tickets/" + duplicateId + "/merge", merge).status(), "a closed ticket merges no more");
    }

    @Test
    void staffLinkTicketsAndACommuneSeesOnlyLinksToItsOwnTickets() {
        JsonObject corbas = TicketsIT.open("corbas.agent1", "Coupure réseau de la médiathèque", "incident", "service", "high", null);
        JsonObject givors = TicketsIT.open("givors.agent1", "Coupure réseau de l'école", "incident", "service", "high", null);
        String link = "/api/v1/tickets/" + id(corbas) + "/links/" + id(givors);
        assertEquals(403, Api.as("corbas.agent1").put(link, "").status(), "only staff link tickets");
        Api.Reply linked = Api.as("tech1").put(link, "");
        assertEquals(200, linked.status(), linked::toString);
        assertEquals(List.of(givors.getString("reference")), references(linked.json(), "links"));
        assertEquals(List.of(corbas.getString("reference")), references(Api.as("tech1").get("/api/v1/tickets/" + id(givors)).json(), "links"),
                "a link reads both ways");
        assertEquals(List.of(), references(Api.as("corbas.agent1").get("/api/v1/tickets/" + id(corbas)).json(), "links"),
                "Corbas never learns of Givors's ticket");
        assertEquals(422, Api.as("tech1").put("/api/v1/tickets/" + id(corbas) + "/links/" + id(corbas), "").status());

        assertEquals(List.of(), references(Api.as("tech1").delete(link).json(), "links"));
        assertEquals(List.of(), references(Api.as("tech1").get("/api/v1/tickets/" + id(givors)).json(), "links"));
    }

    @Test
    void theRequesterAddsAColleagueOfHerMemberOnlyAsWatcher() {
        JsonObject ticket = TicketsIT.open("corbas.agent1", "Scanner de l'urbanisme", "incident", "user", "low", null);
        String watchers = "/api/v1/tickets/" + id(ticket) + "/watchers/";
        long colleague = Sql.number("SELECT id FROM user_account WHERE login = 'corbas.agent3'");
        assertEquals(404, Api.as("corbas.agent3").get("/api/v1/tickets/" + id(ticket)).status(), "a colleague does not see it yet");
        Api.Reply added = Api.as("corbas.agent1").put(watchers + colleague, "");
        assertEquals(200, added.status(), added::toString);
        assertEquals(List.of("Karim Morin"), names(added.json(), "watchers"));
        assertEquals(200, Api.as("corbas.agent3").get("/api/v1/tickets/" + id(ticket)).status(), "a watcher reads the ticket");

        long otherMember = Sql.number("SELECT id FROM user_account WHERE login = 'givors.agent1'");
        Api.Reply foreign = Api.as("tech1").put(watchers + otherMember, "");
        assertEquals(422, foreign.status(), foreign::toString);
        assertTrue(foreign.json().getString("detail").contains("même adhérent"), foreign::toString);
        long staff = Sql.number("SELECT id FROM user_account WHERE login = 'tech2'");
        assertEquals(422, Api.as("tech1").put(watchers + staff, "").status(), "staff are not watchers of a commune's ticket");
        assertEquals(404, Api.as("givors.referent").put(watchers + colleague, "").status(), "another member cannot touch it");
        assertEquals(403, Api.as("corbas.agent3").put(watchers + Sql.number("SELECT id FROM user_account WHERE login = 'corbas.agent2'"), "")
                .status(), "a watcher does not invite others");

        assertEquals(204, Api.as("corbas.agent3").delete(watchers + colleague).status(), "a watcher may leave, and then reads it no more");
        assertEquals(List.of(), names(Api.as("tech1").get("/api/v1/tickets/" + id(ticket)).json(), "watchers"));
        assertEquals(2, Sql.number("SELECT COUNT(*) FROM audit_entry WHERE action IN ('WATCHER_ADD', 'WATCHER_REMOVE') AND entity_id = ?",
                String.valueOf(id(ticket))), "both changes audited");
    }

    @Test
    void aWatchedTicketMovesBetweenTheWatchersOpenAndFinishedListsWithItsStatus() {
        JsonObject ticket = TicketsIT.open("corbas.agent2", "Badgeuse de la médiathèque muette", "incident", "user", "low", null);
        String reference = ticket.getString("reference");
        long colleague = Sql.number("SELECT id FROM user_account WHERE login = 'corbas.agent3'");
        assertEquals(200, Api.as("corbas.agent2").put("/api/v1/tickets/" + id(ticket) + "/watchers/" + colleague, "").status());
        assertTrue(listed("status=open").contains(reference), "a watched open ticket is in the watcher's open tickets");
        assertFalse(listed("status=resolved,closed").contains(reference));

        assertEquals(200, TicketsIT.act("tech1", id(ticket), "resolve", "Badgeuse redémarrée.").status());
        assertFalse(listed("status=open").contains(reference), "resolved, it leaves the watcher's open tickets");
        assertTrue(listed("status=resolved,closed").contains(reference), "and joins the finished ones");
        assertTrue(listed("").contains(reference));

        assertEquals(200, TicketsIT.act("corbas.agent2", id(ticket), "reopen", "Elle ne répond toujours pas.").status());
        assertTrue(listed("status=open").contains(reference), "reopened, it is open again for the watcher");
        JsonObject open = Api.as("corbas.agent3").get("/api/v1/tickets?status=open&size=200").json();
        assertEquals(open.getJsonArray("items").size(), open.getInt("total"), "the total counts the watched tickets too");
    }

    /** The references of corbas.agent3's tickets (their own and those they watch), newest first. */
    private static List<String> listed(String query) {
        JsonObject page = Api.as("corbas.agent3").get("/api/v1/tickets?size=200&" + query).json();
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(t -> t.getString("reference")).toList();
    }

    private static long id(JsonObject ticket) {
        return ticket.getJsonNumber("id").longValue();
    }

    private static List<String> names(JsonObject ticket, String field) {
        return ticket.getJsonArray(field).getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")).toList();
    }

    private static List<String> references(JsonObject ticket, String field) {
        return ticket.getJsonArray(field).getValuesAs(JsonObject.class).stream().map(p -> p.getString("reference")).toList();
    }
}
