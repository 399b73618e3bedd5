package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Five failed logins lock an account for 15 minutes, even for the right password; an admin can unlock it. */
@ExtendWith(ArquillianExtension.class)
class LockoutIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void fiveFailuresLockTheAccountUntilAnAdminUnlocksIt() {
        String login = "corbas.lock" + System.nanoTime() % 1_000_000;
        Api.Reply created = Api.as("admin").post("/api/v1/users", "{\"login\":\"" + login + "\",\"fullName\":\"Agent Verrou\","
                + "\"email\":\"" + login + "@corbas.example.fr\",\"memberId\":" + ApiIT.memberId("corbas")
                + ",\"roles\":[\"AGENT\"],\"password\":\"Correct-2026\"}");
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();

        for (int attempt = 1; attempt <= 4; attempt++) {
            Api.Reply wrong = Api.as(login, "Faux-" + attempt).get("/api/v1/me");
            assertEquals(401, wrong.status());
            assertEquals("Identifiant ou mot de passe incorrect.", wrong.json().getString("detail"));
        }
        Api.Reply fifth = Api.as(login, "Faux-5").get("/api/v1/me");
        assertEquals(401, fifth.status());
        assertTrue(fifth.json().getString("detail").startsWith("Compte verrouillé"), fifth::toString);

        Api.Reply rightButLocked = Api.as(login, "Correct-2026").get("/api/v1/me");
        assertEquals(401, rightButLocked.status());
        assertTrue(rightButLocked.json().getString("detail").contains("15 minutes"));

        JsonObject user = Api.as("admin").get("/api/v1/users/" + id).json();
        assertTrue(user.getBoolean("locked"));
        var lockEntries = Api.as("admin").get("/api/v1/audit?entityType=user&entityId=" + id + "&action=LOCK").json();
        assertEquals(1, lockEntries.getInt("total"));

        assertEquals(200, Api.as("admin").post("/api/v1/users/" + id + "/unlock", "").status());
        assertEquals(200, Api.as(login, "Correct-2026").get("/api/v1/me").status());
    }
}
