package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalogue and service requests through the REST API, on the seeded demo catalogue. */
@ExtendWith(ArquillianExtension.class)
class RequestsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static long serviceId(String name) {
        var items = Api.as("givors.agent1").get("/api/v1/catalog/services?size=200").json().getJsonArray("items");
        return items.getValuesAs(JsonObject.class).stream().filter(s -> s.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in catalogue")).getJsonNumber("id").longValue();
    }

    private static JsonObject request(String login, long serviceId, String answers) {
        Api.Reply created = Api.as(login).post("/api/v1/requests", "{\"serviceId\":" + serviceId + ",\"answers\":" + answers + "}");
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.location().matches(".*/api/v1/requests/\\d+"), created.location());
        return created.json();
    }

    private static Api.Reply act(String login, long requestId, String action, String comment) {
        return Api.as(login).post("/api/v1/requests/" + requestId + "/transitions",
                "{\"action\":\"" + action + "\"" + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}");
    }

    private static BigDecimal givorsMailboxes(long messagerie) {
        var items = Api.as("givors.referent").get("/api/v1/subscriptions?serviceId=" + messagerie).json().getJsonArray("items");
        assertEquals(1, items.size());
        return items.getJsonObject(0).getJsonNumber("quantity").bigDecimalValue();
    }

    @Test
    void catalogueIsSearchableInFullText() {
        assertEquals(7, Api.as("corbas.agent2").get("/api/v1/catalog/categories").array().size());
        JsonObject found = Api.as("corbas.agent2").get("/api/v1/catalog/services?q=messagerie%20collab").json();
        assertEquals("Messagerie collaborative", found.getJsonArray("items").getJsonObject(0).getString("name"));
        JsonObject byTag = Api.as("corbas.agent2").get("/api/v1/catalog/services?q=zimbra").json();
        assertTrue(byTag.getInt("total") >= 1);
        int all = Api.as("corbas.agent2").get("/api/v1/catalog/services?size=200").json().getInt("total");
        int withRetired = all + Api.as("corbas.agent2").get("/api/v1/catalog/services?lifecycle=RETIRED").json().getInt("total");
        assertTrue(all >= 20 && withRetired > all, "retired services are hidden unless asked for");
        assertEquals(422, Api.as("corbas.agent2").get("/api/v1/catalog/services?lifecycle=OBSOLETE").status());
    }

    @Test
    void serviceShowsItsFormAndSubscribers() {
        JsonObject service = Api.as("givors.agent1").get("/api/v1/catalog/services/" + serviceId("Messagerie collaborative")).json();
        var fields = service.getJsonObject("form").getJsonArray("fields").getValuesAs(JsonObject.class);
        assertEquals("mailboxes", fields.get(0).getString("key"));
        assertTrue(fields.get(0).getBoolean("quantity"));
        assertTrue(service.getJsonNumber("subscribers").longValue() >= 10);
    }

    @Test
    void agentRequestIsApprovedByItsReferentThenTakenAndDeliveredIntoTheSubscription() {
        long messagerie = serviceId("Messagerie collaborative");
        BigDecimal before = givorsMailboxes(messagerie);
        JsonObject created = request("givors.agent1", messagerie,
                "{\"mailboxes\":5,\"service_name\":\"Direction de l'éducation\",\"shared_mailbox\":false}");
        long id = created.getJsonNumber("id").longValue();
        assertEquals("AWAITING_APPROVAL", created.getString("status"));
        assertTrue(created.getString("reference").matches("SRV-\\d{4}-\\d{6}"));
        assertTrue(queuedMailTo("givors.referent@givors.example.fr", created.getString("reference")));

        assertEquals(404, act("corbas.referent", id, "approve", null).status(), "another commune cannot even see it");
        assertEquals(404, Api.as("givors.agent2").get("/api/v1/requests/" + id).status(), "nor can another agent");
        assertEquals(403, act("givors.agent1", id, "approve", null).status(), "an agent does not approve");
        Api.Reply tooEarly = act("chef.projet1", id, "deliver", null);
        assertEquals(422, tooEarly.status());
        assertTrue(tooEarly.json().getString("detail").contains("En attente d'approbation"), tooEarly::toString);

        assertEquals("APPROVED", act("givors.referent", id, "approve", "OK pour la rentrée").json().getString("status"));
        assertTrue(queuedMailTo("givors.agent1@givors.example.fr", created.getString("reference")));
        assertEquals("IN_PROGRESS", act("tech1", id, "take", null).json().getString("status"));
        assertEquals(403, act("tech2", id, "deliver", null).status(), "only the assignee or a manager delivers");
        JsonObject delivered = act("chef.projet1", id, "deliver", "Boîtes créées").json();
        assertEquals("DELIVERED", delivered.getString("status"));
        assertEquals(List.of("SUBMIT", "ROUTE", "APPROVE", "TAKE", "DELIVER"), delivered.getJsonArray("timeline")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList());
        assertEquals(0, before.add(BigDecimal.valueOf(5)).compareTo(givorsMailboxes(messagerie)));
    }

    @Test
    void referentsOwnRequestIsApprovedOnSubmit() {
        JsonObject created = request("corbas.referent", serviceId("Messagerie collaborative"),
                "{\"mailboxes\":2,\"service_name\":\"Police municipale\"}");
        assertEquals("APPROVED", created.getString("status"));
        assertTrue(created.getJsonArray("availableActions").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(a -> a.getString().equals("cancel")));
    }

    @Test
    void projectManagerAssignsTheQueueToATechnician() {
        long id = request("venissieux.referent", serviceId("Messagerie collaborative"),
                "{\"mailboxes\":4,\"service_name\":\"Archives\"}").getJsonNumber("id").longValue();
        long tech2 = Api.as("admin").get("/api/v1/users?q=tech2").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(403, Api.as("tech1").post("/api/v1/requests/" + id + "/transitions",
                "{\"action\":\"assign\",\"assigneeId\":" + tech2 + "}").status());
        long agent = Api.as("admin").get("/api/v1/users?q=venissieux.agent1").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(422, Api.as("chef.projet2").post("/api/v1/requests/" + id + "/transitions",
                "{\"action\":\"assign\",\"assigneeId\":" + agent + "}").status(), "a commune agent cannot take the work");
        JsonObject assigned = Api.as("chef.projet2").post("/api/v1/requests/" + id + "/transitions",
                "{\"action\":\"assign\",\"assigneeId\":" + tech2 + "}").json();
        assertEquals("IN_PROGRESS", assigned.getString("status"));
        assertEquals(tech2, assigned.getJsonNumber("assigneeId").longValue());
        assertTrue(Api.as("tech2").get("/api/v1/requests?mine=true&sort=oldest").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getJsonNumber("id").longValue() == id));
        assertEquals("DELIVERED", act("tech2", id, "deliver", null).json().getString("status"));
    }

    @Test
    void rejectionNeedsAReasonAndEndsTheRequest() {
        long id = request("grigny.agent1", serviceId("Messagerie collaborative"),
                "{\"mailboxes\":3,\"service_name\":\"CCAS\"}").getJsonNumber("id").longValue();
        Api.Reply noReason = act("grigny.referent", id, "reject", null);
        assertEquals(422, noReason.status());
        assertEquals("AWAITING_APPROVAL", Api.as("grigny.referent").get("/api/v1/requests/" + id).json().getString("status"),
                "a refused action changes nothing");
        assertEquals("REJECTED", act("grigny.referent", id, "reject", "Budget non prévu").json().getString("status"));
        assertEquals(422, act("grigny.referent", id, "approve", null).status());
    }

    @Test
    void formAnswersAreValidated() {
        Api.Reply reply = Api.as("givors.agent1").post("/api/v1/requests", "{\"serviceId\":" + serviceId("Messagerie collaborative")
                + ",\"answers\":{\"mailboxes\":900,\"start_date\":\"demain\",\"budget\":12}}");
        assertEquals(400, reply.status(), reply::toString);
        var fields = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertEquals(List.of("budget", "mailboxes", "service_name", "start_date"), fields.stream().sorted().toList());
        assertTrue(reply.body().contains("entre 1 et 500"), reply::body);
    }

    @Test
    void communeUsersSeeOnlyTheirOwnSubscriptionsAndRequests() {
        var subscriptions = Api.as("corbas.agent1").get("/api/v1/subscriptions?size=200").json().getJsonArray("items");
        assertFalse(subscriptions.isEmpty());
        subscriptions.getValuesAs(JsonObject.class).forEach(s -> assertEquals("Corbas", s.getString("memberName")));
        long givors = ApiIT.memberId("givors");
        assertEquals(0, Api.as("corbas.agent1").get("/api/v1/subscriptions?memberId=" + givors).json().getInt("total"));

        request("givors.agent3", serviceId("Messagerie collaborative"), "{\"mailboxes\":1,\"service_name\":\"Musée\"}");
        Api.as("corbas.referent").get("/api/v1/requests?size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).forEach(r -> assertEquals("Corbas", r.getString("memberName")));
        assertTrue(Api.as("chef.projet1").get("/api/v1/requests?memberId=" + givors).json().getInt("total") >= 1);
    }

    @Test
    void subscriptionHistoryIsScopedAndOnlyStaffAdjustIt() {
        long corbasSubscription = Api.as("corbas.agent1").get("/api/v1/subscriptions?size=1").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(404, Api.as("givors.agent1").get("/api/v1/subscriptions/" + corbasSubscription).status());
        JsonObject own = Api.as("corbas.agent1").get("/api/v1/subscriptions/" + corbasSubscription).json();
        assertEquals(1, own.getJsonArray("history").size());
        assertEquals(403, Api.as("corbas.referent").put("/api/v1/subscriptions/" + corbasSubscription,
                "{\"quantity\":1,\"status\":\"ENDED\"}").status());
        JsonObject suspended = Api.as("chef.projet1").put("/api/v1/subscriptions/" + corbasSubscription,
                "{\"quantity\":" + own.getJsonNumber("quantity") + ",\"status\":\"SUSPENDED\",\"note\":\"Impayé\"}").json();
        assertEquals("SUSPENDED", suspended.getString("status"));
        assertEquals(2, suspended.getJsonArray("history").size());
        assertEquals("Impayé", suspended.getJsonArray("history").getJsonObject(0).getString("note"));
    }

    @Test
    void userQuestionsNameAnActiveAccountOfTheSameCommune() {
        long service = Api.as("givors.agent1").get("/api/v1/catalog/services?size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("code").equals("teletransmission"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        Api.Reply foreign = Api.as("givors.agent1").post("/api/v1/requests", "{\"serviceId\":" + service
                + ",\"answers\":{\"flows\":[\"Actes (@ctes)\"],\"certificate_holder\":\"corbas.agent1\"}}");
        assertEquals(400, foreign.status(), foreign::toString);
        assertEquals("certificate_holder", foreign.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply own = Api.as("givors.agent1").post("/api/v1/requests", "{\"serviceId\":" + service
                + ",\"answers\":{\"flows\":[\"Actes (@ctes)\"],\"certificate_holder\":\"givors.agent2\"}}");
        assertEquals(201, own.status(), own::toString);
    }

    static boolean queuedMailTo(String email, String reference) {
        return Api.as("admin").get("/api/v1/outbox?recipient=" + email + "&size=50").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(m -> m.getString("subject").contains(reference));
    }
}
