package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Personal API tokens: shown once, stored as a digest, accepted as Bearer until revoked or expired, each user's own. */
@ExtendWith(ArquillianExtension.class)
class ApiTokensIT {

    private static final String TOKENS = "/api/v1/tokens";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aTokenCallsTheApiAsItsOwnerUntilItIsRevoked() {
        Api.Reply created = Api.as("givors.agent2").post(TOKENS, "{\"name\":\"Script d'export\"}");
        assertEquals(201, created.status(), created::toString);
        String secret = created.json().getString("secret");
        long id = created.json().getJsonObject("token").getJsonNumber("id").longValue();
        assertTrue(secret.matches("gui_[A-Za-z0-9_-]{43}"), secret);
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM api_token WHERE digest LIKE ? OR prefix = ?", "%" + secret.substring(4, 20) + "%",
                secret), "the secret itself is stored nowhere");

        JsonObject me = Api.bearer(secret).get("/api/v1/me").json();
        assertEquals("givors.agent2", me.getString("login"));
        Api.Reply ticket = Api.bearer(secret).post("/api/v1/tickets", "{\"subject\":\"Ouvert par un script\",\"description\":\"Par jeton.\","
                + "\"type\":\"question\",\"impact\":\"user\",\"urgency\":\"low\"}");
        assertEquals(201, ticket.status(), ticket::toString);
        assertEquals(404, Api.bearer(secret).get("/api/v1/tickets/" + Sql.number("SELECT MIN(id) FROM ticket WHERE member_id = ?",
                ApiIT.memberId("corbas"))).status(), "with its owner's rights only");

        JsonObject listed = Api.as("givors.agent2").get(TOKENS).array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertFalse(listed.containsKey("secret"), "never shown again");
        assertEquals(secret.substring(0, 10), listed.getString("prefix"));
        assertTrue(listed.containsKey("lastUsedAt"), "its last use is shown");

        assertEquals(404, Api.as("givors.agent1").delete(TOKENS + "/" + id).status(), "another user's token does not exist for her");
        assertEquals(404, Api.as("givors.referent").get(TOKENS + "?userId=" + listed.getJsonNumber("userId")).status());
        assertEquals(200, Api.bearer(secret).get("/api/v1/me").status());
        assertEquals(204, Api.as("givors.agent2").delete(TOKENS + "/" + id).status());
        assertEquals(401, Api.bearer(secret).get("/api/v1/me").status(), "revoked: refused at once");
        assertTrue(Sql.text("SELECT summary FROM audit_entry WHERE action = 'REVOKE' AND entity_type = 'api_token' AND entity_id = ?",
                String.valueOf(id)).contains("Script d'export"));
    }

    @Test
    void anAdministratorRevokesAnyonesAndBadTokensAreRefused() {
        String secret = Api.as("corbas.agent1").post(TOKENS, "{\"name\":\"Connecteur GRC\",\"expiresOn\":\"" + LocalDate.now().plusDays(30)
                + "\"}").json().getString("secret");
        long owner = Api.bearer(secret).get("/api/v1/me").json().getJsonNumber("id").longValue();
        JsonObject seen = Api.as("admin").get(TOKENS + "?userId=" + owner).array().getValuesAs(JsonObject.class).get(0);
        assertEquals("Connecteur GRC", seen.getString("name"));
        assertEquals(204, Api.as("admin").delete(TOKENS + "/" + seen.getJsonNumber("id")).status());
        assertEquals(401, Api.bearer(secret).get("/api/v1/me").status());

        assertEquals(401, Api.bearer("gui_" + "A".repeat(43)).get("/api/v1/me").status(), "a token nobody was given");
        assertEquals(401, Api.bearer("Demo-2026").get("/api/v1/me").status());
        assertEquals(401, Api.bearer("").get("/api/v1/me").status());
        assertEquals(422, Api.as("corbas.agent1").post(TOKENS, "{\"name\":\"Hier\",\"expiresOn\":\"" + LocalDate.now().minusDays(1) + "\"}")
                .status(), "an expiry in the past");
        Api.Reply unnamed = Api.as("corbas.agent1").post(TOKENS, "{\"name\":\" \"}");
        assertEquals(400, unnamed.status(), unnamed::toString);
        assertTrue(unnamed.body().contains("Donnez un nom au jeton"), unnamed::toString);

        String stale = Api.as("corbas.agent1").post(TOKENS, "{\"name\":\"Périmé\"}").json().getString("secret");
        Sql.update("UPDATE api_token SET expires_at = DATE_SUB(UTC_TIMESTAMP(3), INTERVAL 1 MINUTE) WHERE prefix = ?", stale.substring(0, 10));
        assertEquals(401, Api.bearer(stale).get("/api/v1/me").status(), "expired");
    }
}
