package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Helpdesk tickets through the REST API: lifecycle, SLA pause and resume, internal notes, isolation. */
@ExtendWith(ArquillianExtension.class)
class TicketsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static JsonObject open(String login, String subject, String type, String impact, String urgency, Long serviceId) {
        Api.Reply created = Api.as(login).post("/api/v1/tickets", "{\"subject\":\"" + subject + "\",\"description\":\"Depuis ce matin.\","
                + "\"type\":\"" + type + "\",\"impact\":\"" + impact + "\",\"urgency\":\"" + urgency + "\""
                + (serviceId == null ? "" : ",\"serviceId\":" + serviceId) + "}");
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.location().matches(".*/api/v1/tickets/\\d+"), created.location());
        return created.json();
    }

    static Api.Reply act(String login, long id, String action, String comment) {
        return Api.as(login).post("/api/v1/tickets/" + id + "/transitions",
                "{\"action\":\"" + action + "\"" + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}");
    }

    private static long id(JsonObject ticket) {
        return ticket.getJsonNumber("id").longValue();
    }

    private static List<String> commentBodies(String login, long id) {
        return Api.as(login).get("/api/v1/tickets/" + id).json().getJsonArray("comments").getValuesAs(JsonObject.class)
                .stream().map(c -> c.getString("body")).toList();
    }

    @Test
    void staffOpenATicketForSomeoneWhoPhonedAndOnlyStaffMay() {
        long requester = Sql.number("SELECT id FROM user_account WHERE login = 'givors.agent1'");
        String body = "{\"requesterId\":" + requester + ",\"channel\":\"phone\",\"subject\":\"Imprimante de l'accueil en panne\","
                + "\"description\":\"Appel de la mairie à 9 h.\",\"type\":\"incident\",\"impact\":\"user\",\"urgency\":\"high\"}";
        Api.Reply created = Api.as("tech1").post("/api/v1/tickets/on-behalf", body);
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.location().matches(".*/api/v1/tickets/\\d+"), created.location());
        JsonObject ticket = created.json();
        assertEquals(requester, ticket.getJsonNumber("requesterId").longValue());
        assertEquals(Sql.number("SELECT member_id FROM user_account WHERE login = 'givors.agent1'"),
                ticket.getJsonNumber("memberId").longValue(), "the ticket is of the requester's member");
        assertEquals(200, Api.as("givors.agent1").get("/api/v1/tickets/" + id(ticket)).status(),
                "the requester reads the ticket opened for them");
        JsonObject opened = ticket.getJsonArray("history").getValuesAs(JsonObject.class).get(0);
        assertEquals("created", opened.getString("kind"));
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'CREATE_ON_BEHALF' AND actor_login = 'tech1'"
                + " AND entity_id = ?", String.valueOf(id(ticket))), "audited as taken by tech1");
        assertEquals("PHONE", Sql.text("SELECT source FROM ticket WHERE id = ?", id(ticket)));

        assertEquals(403, Api.as("givors.agent1").post("/api/v1/tickets/on-behalf", body).status(), "a commune user cannot");
        long staff = Sql.number("SELECT id FROM user_account WHERE login = 'tech2'");
        Api.Reply forStaff = Api.as("tech1").post("/api/v1/tickets/on-behalf", body.replace("\"requesterId\":" + requester,
                "\"requesterId\":" + staff));
        assertEquals(422, forStaff.status(), forStaff::toString);
        assertTrue(forStaff.json().getString("detail").contains("utilisateur actif d'un adhérent"), forStaff::toString);
        assertEquals(422, Api.as("tech1").post("/api/v1/tickets/on-behalf", body.replace("phone", "web")).status(),
                "a ticket opened for someone comes by phone, counter or mail");
    }

    @Test
    void staffCorrectAnOpenTicketAndItsPriorityAndDueDatesFollow() {
        JsonObject ticket = open("corbas.agent1", "Logiciel de paie lent", "incident", "user", "low", null);
        assertEquals("P4", ticket.getString("priority"));
        String path = "/api/v1/tickets/" + id(ticket) + "/classification";
        String raise = "{\"type\":\"incident\",\"impact\":\"member\",\"urgency\":\"high\",\"reason\":\"La paie de toute la mairie est bloquée\"}";

        assertEquals(403, Api.as("corbas.agent1").put(path, raise).status(), "only staff correct a ticket");
        Api.Reply corrected = Api.as("tech1").put(path, raise);
        assertEquals(200, corrected.status(), corrected::toString);
        JsonObject now = corrected.json();
        assertEquals("P1", now.getString("priority"), "member impact and high urgency make P1");
        assertEquals("member", now.getString("impact"));
        assertEquals("high", now.getString("urgency"));
        String created = Instant.parse(ticket.getString("createdAt")).atOffset(java.time.ZoneOffset.UTC).toString();
        Instant p1Resolution = java.time.OffsetDateTime.parse(Api.as("tech1").get("/api/v1/sla/due?calendar=standard&minutes=450&from="
                + created).json().getString("due")).toInstant();
        assertEquals(p1Resolution, Instant.parse(now.getString("resolutionDue")), "P1 resolves within 450 business minutes of opening");
        assertTrue(Instant.parse(now.getString("resolutionDue")).isBefore(Instant.parse(ticket.getString("resolutionDue"))));

        JsonObject line = now.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("reclassify")).findFirst().orElseThrow();
        assertEquals("priorité P4 → P1 ; impact : Une personne → Toute la commune ; urgence : Faible → Haute"
                + " — La paie de toute la mairie est bloquée", line.getString("detail"));
        JsonObject seenByAgent = Api.as("corbas.agent1").get("/api/v1/tickets/" + id(ticket)).json().getJsonArray("history")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("kind").equals("reclassify")).findFirst().orElseThrow();
        assertTrue(!seenByAgent.containsKey("detail") || seenByAgent.isNull("detail"), "the reason is the syndicate's own note");
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'RECLASSIFY' AND actor_login = 'tech1'"
                + " AND entity_id = ?", String.valueOf(id(ticket))));

        Api.Reply unchanged = Api.as("tech1").put(path, raise);
        assertEquals(422, unchanged.status(), unchanged::toString);
        assertTrue(unchanged.json().getString("detail").contains("Rien n'a changé"), unchanged::toString);
        Api.Reply noReason = Api.as("tech1").put(path, raise.replace("high", "medium").replace("La paie de toute la mairie est bloquée", " "));
        assertEquals(422, noReason.status(), noReason::toString);
        assertEquals(404, Api.as("tech1").put("/api/v1/tickets/987654321/classification", raise).status());
    }

    @Test
    void openingGradesThePriorityRoutesAndSetsTheSlaDueDates() {
        long messagerie = RequestsIT.serviceId("Messagerie collaborative");
        JsonObject ticket = open("corbas.agent1", "Messagerie inaccessible", "incident", "member", "high", messagerie);
        assertTrue(ticket.getString("reference").matches("GUI-\\d{4}-\\d{6}"), ticket.getString("reference"));
        assertEquals("P1", ticket.getString("priority"));
        assertEquals("new", ticket.getString("status"));
        Instant created = Instant.parse(ticket.getString("createdAt"));
        Instant response = Instant.parse(ticket.getString("firstResponseDue"));
        Instant resolution = Instant.parse(ticket.getString("resolutionDue"));
        assertTrue(response.isAfter(created) && resolution.isAfter(response));
        // Messagerie is "renforcé": P1 is 60 % of 60 business minutes on the standard calendar.
        String due = Api.as("corbas.agent1").get("/api/v1/sla/due?calendar=standard&minutes=36&from="
                + created.atOffset(java.time.ZoneOffset.UTC)).json().getString("due");
        assertEquals(java.time.OffsetDateTime.parse(due).toInstant(), response);

        JsonObject security = open("corbas.agent1", "Rançongiciel sur un poste", "security_incident", "user", "low", null);
        assertEquals("P2", security.getString("priority"), "a security incident is never below P2");
        JsonObject critical = open("corbas.agent1", "Chiffrement des serveurs", "security_incident", "several_members", "high", null);
        assertEquals("P1", critical.getString("priority"));
        long createdAt = Instant.parse(critical.getString("createdAt")).toEpochMilli();
        assertEquals(30 * 60_000L, Instant.parse(critical.getString("firstResponseDue")).toEpochMilli() - createdAt,
                "security P1 runs on the 24/7 calendar");
        long securite = Api.as("tech1").get("/api/v1/tickets/groups").array().getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("code").equals("securite")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(securite, critical.getJsonNumber("groupId").longValue());
        assertTrue(RequestsIT.queuedMailTo("corbas.agent1@corbas.example.fr", ticket.getString("reference")));
    }

    @Test
    void lifecyclePausesTheClockWhileWaitingAndResolutionNeedsANote() {
        JsonObject ticket = open("givors.agent2", "Imprimante du service état civil", "incident", "service", "medium", null);
        long id = id(ticket);
        assertEquals(200, act("tech1", id, "take", null).status());
        JsonObject asked = act("tech1", id, "wait_for_requester", "Quel est le modèle de l'imprimante ?").json();
        assertEquals("waiting_requester", asked.getString("status"));
        assertTrue(asked.getBoolean("clockPaused"));
        assertFalse(asked.containsKey("resolutionDue") && !asked.isNull("resolutionDue"), "no due date while the clock stands still");
        assertNotNull(asked.getString("firstRespondedAt"), "asking the requester is the first response");
        assertEquals(422, act("tech1", id, "wait_for_requester", null).status());

        Api.Reply answer = Api.as("givors.agent2").post("/api/v1/tickets/" + id + "/comments", "{\"body\":\"Une HP M507.\"}");
        assertEquals(201, answer.status(), answer::toString);
        JsonObject resumed = Api.as("givors.agent2").get("/api/v1/tickets/" + id).json();
        assertEquals("in_progress", resumed.getString("status"));
        assertFalse(resumed.getBoolean("clockPaused"));
        // The pause lasted business time only if the test runs in opening hours (the exact shift is SlaClockTest's job).
        assertFalse(Instant.parse(resumed.getString("resolutionDue")).isBefore(Instant.parse(ticket.getString("resolutionDue"))),
                "the pause never brings the resolution due date forward");

        Api.Reply noNote = act("tech1", id, "resolve", null);
        assertEquals(422, noNote.status());
        assertTrue(noNote.json().getString("detail").contains("résolution"), noNote::toString);
        JsonObject resolved = act("tech1", id, "resolve", "Pilote réinstallé.").json();
        assertEquals("resolved", resolved.getString("status"));
        assertEquals("Pilote réinstallé.", resolved.getString("resolutionNote"));
        assertEquals(List.of("reopen", "close"), Api.as("givors.agent2").get("/api/v1/tickets/" + id).json()
                .getJsonArray("availableActions").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList());
        assertEquals(404, Api.as("givors.agent1").post("/api/v1/tickets/" + id + "/rating", "{\"rating\":5}").status(),
                "another agent of the member does not see the ticket");
        assertEquals(403, Api.as("givors.referent").post("/api/v1/tickets/" + id + "/rating", "{\"rating\":5}").status(),
                "only the requester rates");

        JsonObject reopened = act("givors.agent2", id, "reopen", "Toujours en panne.").json();
        assertEquals("reopened", reopened.getString("status"));
        act("tech1", id, "resolve", "Bac changé.");
        JsonObject rated = Api.as("givors.agent2").post("/api/v1/tickets/" + id + "/rating", "{\"rating\":4,\"comment\":\"Rapide\"}").json();
        assertEquals(4, rated.getInt("rating"));
        assertEquals(422, Api.as("givors.agent2").post("/api/v1/tickets/" + id + "/rating", "{\"rating\":5}").status(), "rated once");
        assertTrue(RequestsIT.queuedMailTo("givors.agent2@givors.example.fr", resolved.getString("reference") + " — votre avis"));
        List<String> kinds = rated.getJsonArray("history").getValuesAs(JsonObject.class).stream().map(e -> e.getString("kind")).toList();
        assertEquals(List.of("created", "assign", "wait_for_requester", "requester_replied", "resolve", "reopen", "resolve", "rated"), kinds);
    }

    @Test
    void internalNotesAreNeverShownToCommuneUsers() {
        long id = id(open("grigny.agent1", "Accès au logiciel de paie", "question", "user", "medium", null));
        assertEquals(201, Api.as("tech2").post("/api/v1/tickets/" + id + "/comments",
                "{\"body\":\"Note interne : licence expirée\",\"internal\":true}").status());
        assertEquals(201, Api.as("tech2").post("/api/v1/tickets/" + id + "/comments", "{\"body\":\"Nous regardons.\"}").status());
        assertEquals(List.of("Note interne : licence expirée", "Nous regardons."), commentBodies("tech2", id));
        assertEquals(List.of("Nous regardons."), commentBodies("grigny.agent1", id));
        assertEquals(List.of("Nous regardons."), commentBodies("grigny.referent", id));
        assertEquals(403, Api.as("grigny.agent1").post("/api/v1/tickets/" + id + "/comments",
                "{\"body\":\"x\",\"internal\":true}").status());
    }

    @Test
    void communeUsersSeeOnlyTheirMembersTicketsAndAgentsOnlyTheirOwn() {
        JsonObject corbas = open("corbas.agent2", "Écran noir au CCAS", "incident", "user", "low", null);
        long id = id(corbas);
        assertEquals(404, Api.as("givors.referent").get("/api/v1/tickets/" + id).status());
        assertEquals(404, Api.as("givors.agent1").post("/api/v1/tickets/" + id + "/comments", "{\"body\":\"x\"}").status());
        assertEquals(404, act("givors.referent", id, "close", null).status());
        assertEquals(0, Api.as("givors.referent").get("/api/v1/tickets?q=" + corbas.getString("reference")).json().getInt("total"));
        assertTrue(Api.as("givors.referent").get("/api/v1/tickets?member=" + corbas.getJsonNumber("memberId") + "&size=200").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().noneMatch(t -> t.getString("memberName").equals("Corbas")),
                "the member filter cannot widen a commune user's scope");
        assertEquals(404, Api.as("corbas.agent1").get("/api/v1/tickets/" + id).status(), "an agent sees only their own tickets");
        assertEquals(200, Api.as("corbas.referent").get("/api/v1/tickets/" + id).status(), "the référent sees the member's");
        assertEquals(1, Api.as("tech1").get("/api/v1/tickets?q=" + corbas.getString("reference")).json().getInt("total"));
    }

    @Test
    void queuesFilterAndSortByDueDate() {
        open("venissieux.agent1", "Lenteurs réseau mairie annexe", "incident", "service", "high", null);
        open("venissieux.agent1", "Question sur les sauvegardes", "question", "user", "low", null);
        JsonObject queue = Api.as("tech1").get("/api/v1/tickets?status=open&sort=due&size=200").json();
        List<JsonObject> items = queue.getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(items.size() >= 2);
        List<Instant> dues = items.stream().filter(t -> t.containsKey("resolutionDue")).map(t -> Instant.parse(t.getString("resolutionDue"))).toList();
        assertEquals(dues.stream().sorted().toList(), dues, "sorted by SLA due date");
        assertTrue(items.stream().allMatch(t -> List.of("new", "assigned", "in_progress", "waiting_requester", "reopened")
                .contains(t.getString("status"))));
        assertTrue(Api.as("tech1").get("/api/v1/tickets?priority=P2&size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().allMatch(t -> t.getString("priority").equals("P2")));
        assertEquals(422, Api.as("tech1").get("/api/v1/tickets?status=lost").status());
        assertEquals(1, Api.as("venissieux.agent1").get("/api/v1/tickets?q=sauvegardes").json().getInt("total"), "full text");
    }

    @Test
    void bulkAssignmentNeedsAGroupMember() {
        long a = id(open("pierre-benite.agent1", "Poste lent accueil", "incident", "user", "medium", null));
        long b = id(open("pierre-benite.agent1", "Poste lent urbanisme", "incident", "user", "medium", null));
        List<JsonObject> groups = Api.as("tech1").get("/api/v1/tickets/groups").array().getValuesAs(JsonObject.class);
        long firstLine = groups.stream().filter(g -> g.getString("code").equals("support-n1")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long tech2 = Api.as("tech2").get("/api/v1/me").json().getJsonNumber("id").longValue();
        Api.Reply assigned = Api.as("chef.projet1").post("/api/v1/tickets/assignments",
                "{\"ticketIds\":[" + a + "," + b + "],\"groupId\":" + firstLine + ",\"assigneeId\":" + tech2 + "}");
        assertEquals(200, assigned.status(), assigned::toString);
        assertEquals("Amandine Roche", Api.as("tech1").get("/api/v1/tickets/" + b).json().getString("assigneeName"));
        long formation = groups.stream().filter(g -> g.getString("code").equals("securite")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(422, Api.as("chef.projet1").post("/api/v1/tickets/assignments",
                "{\"ticketIds\":[" + a + "],\"groupId\":" + formation + ",\"assigneeId\":" + tech2 + "}").status());
        assertEquals(403, Api.as("pierre-benite.referent").post("/api/v1/tickets/assignments",
                "{\"ticketIds\":[" + a + "],\"groupId\":" + firstLine + "}").status());
    }

    @Test
    void badInputGetsFrenchProblemDetails() {
        Api.Reply missing = Api.as("corbas.agent1").post("/api/v1/tickets", "{\"subject\":\"\",\"type\":\"incident\",\"impact\":\"user\",\"urgency\":\"low\"}");
        assertEquals(400, missing.status(), missing::toString);
        assertTrue(missing.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("field").equals("subject")), missing::toString);
        assertEquals(422, Api.as("corbas.agent1").post("/api/v1/tickets",
                "{\"subject\":\"a\",\"description\":\"b\",\"type\":\"panne\",\"impact\":\"user\",\"urgency\":\"low\"}").status());
        assertEquals(403, Api.as("tech1").post("/api/v1/tickets",
                "{\"subject\":\"a\",\"description\":\"b\",\"type\":\"incident\",\"impact\":\"user\",\"urgency\":\"low\"}").status());
    }

    @Test
    void attachmentsAreCheckedOnContentLimitedInSizeAndOnlyForThoseWhoSeeTheTicket() {
        JsonObject ticket = open("saint-chamond.agent1", "Facture illisible", "question", "user", "low", null);
        long id = id(ticket);
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Api.Reply uploaded = Api.as("saint-chamond.agent1").upload("/api/v1/tickets/" + id + "/attachments?name=facture.pdf",
                "application/octet-stream", pdf);
        assertEquals(201, uploaded.status(), uploaded::toString);
        assertEquals("application/pdf", uploaded.json().getString("contentType"));
        long attachment = uploaded.json().getJsonNumber("id").longValue();

        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
        Api.Reply renamed = Api.as("saint-chamond.agent1").upload("/api/v1/tickets/" + id + "/attachments?name=devis.pdf",
                "application/pdf", exe);
        assertEquals(422, renamed.status(), renamed::toString);
        assertTrue(renamed.json().getString("detail").contains("devis.pdf"));
        byte[] tooBig = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, tooBig, 0, pdf.length);
        Api.Reply big = Api.as("saint-chamond.agent1").upload("/api/v1/tickets/" + id + "/attachments?name=gros.pdf",
                "application/pdf", tooBig);
        assertEquals(422, big.status(), big::toString);
        assertTrue(big.json().getString("detail").contains("10 Mo"), big::toString);

        Api.Reply download = Api.as("tech1").get("/api/v1/tickets/" + id + "/attachments/" + attachment);
        assertEquals(200, download.status());
        assertEquals("application/pdf", download.contentType());
        assertTrue(download.header("Content-Disposition").get(0).startsWith("attachment; filename=\"facture.pdf\""));
        assertEquals(404, Api.as("corbas.referent").get("/api/v1/tickets/" + id + "/attachments/" + attachment).status());
        assertEquals(404, Api.as("saint-chamond.agent2").get("/api/v1/tickets/" + id + "/attachments/" + attachment).status());
        assertEquals(1, Api.as("saint-chamond.referent").get("/api/v1/tickets/" + id).json().getJsonArray("attachments").size());
    }

    @Test
    void knowledgeBaseSuggestsPublicArticlesAndKeepsInternalOnesForStaff() {
        List<JsonObject> suggested = Api.as("corbas.agent2").get("/api/v1/kb/articles/suggestions?subject="
                + java.net.URLEncoder.encode("Mot de passe messagerie oublié", java.nio.charset.StandardCharsets.UTF_8)).array()
                .getValuesAs(JsonObject.class);
        assertEquals("Réinitialiser le mot de passe de sa messagerie", suggested.get(0).getString("title"));
        assertTrue(suggested.stream().allMatch(a -> a.getBoolean("publicArticle")));

        JsonObject internal = Api.as("tech1").get("/api/v1/kb/articles?q=restaurer%20sauvegarde").json().getJsonArray("items")
                .getJsonObject(0);
        assertFalse(internal.getBoolean("publicArticle"));
        long internalId = internal.getJsonNumber("id").longValue();
        assertEquals(404, Api.as("corbas.agent2").get("/api/v1/kb/articles/" + internalId).status());
        assertEquals(0, Api.as("corbas.agent2").get("/api/v1/kb/articles?q=restaurer%20sauvegarde").json().getInt("total"));

        long id = id(open("corbas.agent2", "Lecteur de badge muet", "incident", "user", "low", null));
        act("tech1", id, "take", null);
        act("tech1", id, "resolve", "Pile du lecteur changée.");
        Api.Reply article = Api.as("tech1").post("/api/v1/kb/articles", "{\"title\":\"Lecteur de badge muet\","
                + "\"body\":\"Changer la pile du lecteur.\",\"publicArticle\":true,\"sourceTicketId\":" + id + "}");
        assertEquals(201, article.status(), article::toString);
        assertEquals(id, article.json().getJsonNumber("sourceTicketId").longValue());
        assertEquals(403, Api.as("corbas.referent").post("/api/v1/kb/articles",
                "{\"title\":\"x\",\"body\":\"y\",\"publicArticle\":true}").status());
        assertEquals(1, Api.as("corbas.agent1").get("/api/v1/kb/articles?q=lecteur%20badge").json().getInt("total"));
    }
}
