package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared backlog through the REST API: co-signatures, scoring and rank, merge, decline, roadmap, isolation. */
@ExtendWith(ArquillianExtension.class)
class DemandsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static JsonObject submit(String login, String title) {
        Api.Reply created = Api.as(login).post("/api/v1/demands", "{\"title\":\"" + title + "\",\"description\":\"Besoin partagé.\","
                + "\"kind\":\"new_service\",\"expectedBenefit\":\"Gagner du temps.\"}");
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    private static long id(JsonObject demand) {
        return demand.getJsonNumber("id").longValue();
    }

    private static Api.Reply score(String login, long id, String effort) {
        return Api.as(login).put("/api/v1/demands/" + id + "/score",
                "{\"riskReduction\":3,\"inclusion\":2,\"sovereignty\":4,\"effortDays\":" + effort + ",\"costCents\":0}");
    }

    private static Api.Reply act(String login, long id, String json) {
        return Api.as(login).post("/api/v1/demands/" + id + "/transitions", json);
    }

    private static List<String> supporters(JsonObject demand) {
        return demand.getJsonArray("supportersList").getValuesAs(JsonObject.class).stream().map(s -> s.getString("memberName")).toList();
    }

    @Test
    void oneCoSignaturePerMemberAndOnlyReferentsCoSign() {
        JsonObject demand = submit("grigny.agent1", "Prise de rendez-vous en ligne pour l'état civil");
        long id = id(demand);
        assertEquals("submitted", demand.getString("state"));
        assertTrue(demand.getString("reference").matches("DEM-\\d{4}-\\d{4,}"));
        assertEquals(List.of("Grigny"), supporters(demand), "the submitting member supports its demand");
        assertNotNull(demand.get("rank"));

        assertEquals(403, Api.as("rive-de-gier.agent1").post("/api/v1/demands/" + id + "/support", "{}").status(), "agents do not co-sign");
        assertEquals(403, Api.as("chef.projet1").post("/api/v1/demands/" + id + "/support", "{}").status(), "staff do not co-sign");
        JsonObject signed = Api.as("rive-de-gier.referent").post("/api/v1/demands/" + id + "/support",
                "{\"comment\":\"Nous aussi\",\"expectedUsers\":6}").json();
        assertEquals(2, signed.getInt("supporters"));
        assertTrue(signed.getBoolean("supportedByMyMember"));
        Api.Reply twice = Api.as("rive-de-gier.referent").post("/api/v1/demands/" + id + "/support", "{}");
        assertEquals(422, twice.status());
        assertTrue(twice.json().getString("detail").contains("déjà"), twice::toString);
        assertEquals(422, Api.as("grigny.referent").post("/api/v1/demands/" + id + "/support", "{}").status(), "already by submission");

        assertEquals(1, Api.as("rive-de-gier.referent").delete("/api/v1/demands/" + id + "/support").json().getInt("supporters"));
        assertEquals(2, Api.as("rive-de-gier.referent").post("/api/v1/demands/" + id + "/support", "{}").json().getInt("supporters"),
                "a withdrawn co-signature can be given again");
        assertTrue(Api.as("admin").get("/api/v1/outbox?recipient=grigny.agent1@grigny.example.fr&size=50").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(m -> m.getString("subject").contains("Rive-de-Gier soutient")),
                "the author hears of the co-signature");
    }

    @Test
    void managersScoreWithADocumentedBreakdownAndTheRankFollows() {
        long first = id(submit("venissieux.agent1", "Tableau de bord énergie des bâtiments"));
        long second = id(submit("venissieux.agent2", "Module de paiement en ligne de la cantine"));
        assertEquals(403, score("venissieux.referent", first, "10").status());
        assertEquals(400, score("chef.projet2", first, "0").status(), "zero effort refused");

        JsonObject scored = score("chef.projet2", second, "2").json();
        assertEquals("scored", scored.getString("state"));
        JsonObject breakdown = scored.getJsonObject("scoreBreakdown");
        assertEquals(5, breakdown.getJsonArray("lines").size());
        JsonObject memberValue = breakdown.getJsonArray("lines").getJsonObject(0);
        assertEquals("Valeur pour les membres", memberValue.getString("label"));
        assertTrue(memberValue.getString("explanation").matches("1 membre\\(s\\) sur \\d+ la soutiennent, soit \\d+ % de la population\\."),
                memberValue.getString("explanation"));
        assertTrue(breakdown.getString("summary").startsWith("Valeur"), breakdown.getString("summary"));
        int scoredRank = scored.getInt("rank");
        int unscoredRank = Api.as("venissieux.agent1").get("/api/v1/demands/" + first).json().getInt("rank");
        assertTrue(scoredRank < unscoredRank, "a scored demand ranks before unscored ones");

        Api.Reply noReason = Api.as("chef.projet2").put("/api/v1/demands/" + first + "/rank", "{\"rank\":1}");
        assertEquals(422, noReason.status(), "an override needs a written justification");
        JsonObject forced = Api.as("chef.projet2").put("/api/v1/demands/" + first + "/rank",
                "{\"rank\":1,\"justification\":\"Obligation légale au 1er janvier\"}").json();
        assertEquals(1, forced.getInt("rank"));
        assertEquals("Obligation légale au 1er janvier", forced.getString("overrideReason"));
        assertTrue(forced.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("kind").equals("rank_override")));
        Api.as("chef.projet2").put("/api/v1/demands/" + first + "/rank", "{\"rank\":null}");

        List<JsonObject> ranked = Api.as("corbas.agent1").get("/api/v1/demands?sort=rank&size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        List<Integer> ranks = ranked.stream().filter(d -> d.containsKey("rank")).map(d -> d.getInt("rank")).toList();
        assertEquals(ranks.stream().sorted().toList(), ranks);
    }

    @Test
    void mergingMovesSupportersWithoutCountingAMemberTwice() {
        JsonObject duplicate = submit("givors.agent1", "Signature électronique des bons de commande");
        JsonObject original = submit("vaulx-en-velin.agent1", "Parapheur électronique pour les bons de commande");
        Api.as("corbas.referent").post("/api/v1/demands/" + id(duplicate) + "/support", "{}");
        Api.as("corbas.referent").post("/api/v1/demands/" + id(original) + "/support", "{}");
        Api.as("givors.agent1").post("/api/v1/demands/" + id(duplicate) + "/comments", "{\"body\":\"Urgent pour nous\"}");

        JsonObject merged = act("chef.projet1", id(duplicate), "{\"action\":\"merge\",\"intoId\":" + id(original) + "}").json()
                .getJsonObject("demand");
        assertEquals("merged", merged.getString("state"));
        assertEquals(id(original), merged.getJsonNumber("mergedIntoId").longValue());
        JsonObject target = Api.as("givors.agent1").get("/api/v1/demands/" + id(original)).json();
        assertEquals(3, target.getInt("supporters"), "Vaulx-en-Velin, Corbas once, Givors");
        assertEquals(List.of("Corbas", "Givors", "Vaulx-en-Velin"), supporters(target).stream().sorted().toList());
        assertEquals("Urgent pour nous", target.getJsonArray("comments").getJsonObject(0).getString("body"), "the discussion follows");
        assertEquals(422, Api.as("corbas.referent").post("/api/v1/demands/" + id(duplicate) + "/support", "{}").status(),
                "a merged demand is closed");
    }

    @Test
    void declineNeedsAPublicReasonAndPlanningWarnsOverCapacity() {
        long declined = id(submit("pierre-benite.agent1", "Écrans tactiles dans les écoles"));
        assertEquals(422, act("chef.projet1", declined, "{\"action\":\"decline\"}").status());
        JsonObject refused = act("chef.projet1", declined, "{\"action\":\"decline\",\"comment\":\"Hors du champ du syndicat\"}").json()
                .getJsonObject("demand");
        assertEquals("declined", refused.getString("state"));
        assertEquals("Hors du champ du syndicat",
                Api.as("lyon.agent1").get("/api/v1/demands/" + declined).json().getString("declineReason"), "public reason");

        long planned = id(submit("pierre-benite.agent2", "Wifi public en mairie annexe"));
        assertEquals(200, Api.as("chef.projet1").put("/api/v1/demands/roadmap/2031-T1", "{\"capacityDays\":5}").status());
        assertEquals(422, act("chef.projet1", planned, "{\"action\":\"plan\",\"quarter\":\"2031-T1\"}").status(), "scored first");
        score("chef.projet1", planned, "8");
        JsonObject plan = act("chef.projet1", planned, "{\"action\":\"plan\",\"quarter\":\"2031-T1\"}").json();
        assertEquals("planned", plan.getJsonObject("demand").getString("state"));
        JsonObject over = plan.getJsonObject("overCapacity");
        assertEquals(0, over.getJsonNumber("plannedDays").bigDecimalValue().compareTo(new java.math.BigDecimal("8")), over::toString);
        assertEquals(422, act("chef.projet1", planned, "{\"action\":\"plan\",\"quarter\":\"2031-T9\"}").status());
        assertTrue(Api.as("admin").get("/api/v1/outbox?recipient=pierre-benite.agent2@pierre-benite.example.fr&size=50").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().anyMatch(m -> m.getString("subject").contains("planifiée")),
                "supporters hear of each change");
    }

    @Test
    void communeUsersReadEveryDemandButNeverAnotherMembersTickets() {
        JsonObject demand = submit("grigny.agent2", "Archivage des mails des élus");
        long ticket = TicketsIT.open("grigny.agent2", "Boîte mail pleine", "incident", "user", "low", null).getJsonNumber("id").longValue();
        assertEquals(200, Api.as("saint-chamond.agent1").get("/api/v1/demands/" + id(demand)).status());
        assertEquals(201, Api.as("saint-chamond.agent1").post("/api/v1/demands/" + id(demand) + "/comments",
                "{\"body\":\"Nous aussi nous y pensons\"}").status());
        assertEquals(404, Api.as("saint-chamond.agent1").get("/api/v1/tickets/" + ticket).status());
        assertEquals(404, Api.as("saint-chamond.referent").get("/api/v1/tickets/" + ticket).status());
        assertFalse(Api.as("saint-chamond.referent").get("/api/v1/requests?size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(r -> !r.getString("memberName").equals("Saint-Chamond")));
        JsonObject mine = Api.as("grigny.referent").get("/api/v1/demands?supportedBy=me&size=200").json();
        assertTrue(mine.getJsonArray("items").getValuesAs(JsonObject.class).stream().allMatch(d -> d.getBoolean("supportedByMyMember")));
        assertTrue(Api.as("grigny.referent").get("/api/v1/demands/similar?title=archivage%20mails%20élus").array().size() >= 1);
    }

    @Test
    void attachmentsArePublicButOnlyTheSubmittingMemberAndManagersAddThem() {
        long id = id(submit("corbas.agent3", "Cahier des charges du portail famille"));
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Api.Reply uploaded = Api.as("corbas.agent3").upload("/api/v1/demands/" + id + "/attachments?name=cahier.pdf",
                "application/octet-stream", pdf);
        assertEquals(201, uploaded.status(), uploaded::toString);
        assertEquals("application/pdf", uploaded.json().getString("contentType"));
        long file = uploaded.json().getJsonNumber("id").longValue();
        assertEquals(403, Api.as("givors.agent1").upload("/api/v1/demands/" + id + "/attachments?name=x.pdf",
                "application/pdf", pdf).status());
        assertEquals(422, Api.as("corbas.agent3").upload("/api/v1/demands/" + id + "/attachments?name=x.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status());
        Api.Reply download = Api.as("givors.agent1").get("/api/v1/demands/" + id + "/attachments/" + file);
        assertEquals(200, download.status());
        assertTrue(download.header("Content-Disposition").get(0).startsWith("attachment;"));
        assertEquals(1, Api.as("givors.agent1").get("/api/v1/demands/" + id).json().getJsonArray("attachments").size());
    }
}
