package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Failed logins slow the next ones down instead of locking the account: a stranger cannot keep the owner
 * out, and every refusal (unknown login, wrong password, slowed down, NUL in the login) is the same answer.
 */
@ExtendWith(ArquillianExtension.class)
class LoginThrottleIT {

    private static final String PASSWORD = "Correct-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aLoginWithATrailingNulIsNotTheAccount() {
        Api.Reply nul = Api.as("givors.agent1\u0000", "Demo-2026").get("/api/v1/me");
        assertEquals(401, nul.status(), nul::toString);
        assertEquals(refusal(), answer(nul));
        assertEquals(401, Api.as("givors.agent1\u200b", "Demo-2026").get("/api/v1/me").status(), "zero-width space");
        assertEquals("givors.agent1", Api.as("Givors.Agent1", "Demo-2026").get("/api/v1/me").json().getString("login"),
                "case is normalised once, as at account creation");
    }

    @Test
    void accountsAreCreatedWithTheNormalisedLoginOnly() {
        String login = "Corbas.Norm" + System.nanoTime() % 1_000_000;
        Api.Reply created = create(login);
        assertEquals(201, created.status(), created::toString);
        assertEquals(login.toLowerCase(java.util.Locale.ROOT), created.json().getString("login"));
        Api.Reply nul = create("corbas.nul" + System.nanoTime() % 1_000_000 + "\u0000");
        assertEquals(400, nul.status(), nul::toString);
    }

    /** An API client opening eight connections at once logs in eight times concurrently: every call gets in. */
    @Test
    void concurrentLoginsOfOneAccountAllSucceed() throws Exception {
        String login = newAccount("corbas.many");
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(clients.submit(() -> Api.as(login, PASSWORD).get("/api/v1/me").status()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdownNow();
        }
        assertTrue(Sql.number("SELECT COUNT(*) FROM user_account WHERE login = ? AND last_login_at IS NOT NULL", login) == 1,
                "the login is dated");
    }

    @Test
    void aStrangersFiveFailuresOnlyDelayTheOwnerForASecond() throws InterruptedException {
        String login = newAccount("corbas.delay");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(refusal(), answer(Api.as(login, "Faux-" + attempt).get("/api/v1/me")), "attempt " + attempt);
        }
        Thread.sleep(1_100);
        assertEquals(200, Api.as(login, PASSWORD).get("/api/v1/me").status(), "the owner gets in after the delay");
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM login_throttle WHERE kind = 'ACCOUNT' AND subject = ?", sha256(login)),
                "a success ends the series");
        long id = idOf(login);
        var audit = Api.as("admin").get("/api/v1/audit?entityType=user&entityId=" + id + "&action=LOGIN_THROTTLED").json();
        assertEquals(1, audit.getInt("total"), "the slowing down is audited once (and the owner told by mail)");
    }

    @Test
    void aSlowedDownLoginAnswersLikeAnyRefusalUntilTheDelayEndsOrAnAdminForgetsIt() {
        String login = newAccount("corbas.slow");
        for (int attempt = 1; attempt <= 5; attempt++) {
            Api.as(login, "Faux-" + attempt).get("/api/v1/me");
        }
        // As if the stranger had gone on: 8 attempts counted, the next one waits 8 s from the last.
        Sql.update("UPDATE login_throttle SET attempts = 8 WHERE kind = 'ACCOUNT' AND subject = ?", sha256(login));

        Api.Reply rightButDelayed = Api.as(login, PASSWORD).get("/api/v1/me");
        assertEquals(refusal(), answer(rightButDelayed), "no hint that the password was right or that logins are slowed");
        assertEquals(answer(Api.as("nobody.here", PASSWORD).get("/api/v1/me")), answer(rightButDelayed), "same as an unknown login");
        assertEquals(rightButDelayed.header("WWW-Authenticate"), Api.as("nobody.else", "x").get("/api/v1/me").header("WWW-Authenticate"));

        long id = idOf(login);
        assertTrue(Api.as("admin").get("/api/v1/users/" + id).json().getBoolean("locked"), "the administrator sees it");
        assertEquals(200, Api.as("admin").post("/api/v1/users/" + id + "/unlock", "").status());
        assertFalse(Api.as("admin").get("/api/v1/users/" + id).json().getBoolean("locked"));
        assertEquals(200, Api.as(login, PASSWORD).get("/api/v1/me").status(), "forgotten: no delay any more");
    }

    @Test
    void anAddressThatKeepsFailingIsSlowedDownForEveryLogin() {
        String login = newAccount("corbas.addr");
        assertEquals(refusal(), answer(Api.as(login, "Faux").get("/api/v1/me")));
        String address = Sql.text("SELECT subject FROM login_throttle WHERE kind = 'ADDRESS' ORDER BY last_attempt_at DESC LIMIT 1");
        long before = Sql.number("SELECT attempts FROM login_throttle WHERE kind = 'ADDRESS' AND subject = ?", address);
        try {
            Sql.update("UPDATE login_throttle SET attempts = 40, last_attempt_at = NOW(3) WHERE kind = 'ADDRESS' AND subject = ?",
                    address);
            assertEquals(refusal(), answer(Api.as(login, PASSWORD).get("/api/v1/me")));
        } finally {
            Sql.update("UPDATE login_throttle SET attempts = ? WHERE kind = 'ADDRESS' AND subject = ?", before, address);
        }
        assertEquals(200, Api.as(login, PASSWORD).get("/api/v1/me").status());
    }

    private static String wrongPasswordAnswer;

    /** The answer to a wrong password on an existing account, which every refusal must equal. */
    private static String refusal() {
        if (wrongPasswordAnswer == null) {
            wrongPasswordAnswer = answer(Api.as(newAccount("corbas.ref"), "pas-le-bon").get("/api/v1/me"));
        }
        return wrongPasswordAnswer;
    }

    private static String answer(Api.Reply reply) {
        return reply.status() + " " + reply.contentType() + " " + reply.body();
    }

    private static String newAccount(String prefix) {
        String login = prefix + System.nanoTime() % 1_000_000;
        Api.Reply created = create(login);
        assertEquals(201, created.status(), created::toString);
        return login;
    }

    private static Api.Reply create(String login) {
        return Api.as("admin").post("/api/v1/users", "{\"login\":\"" + login.replace("\u0000", "\\u0000")
                + "\",\"fullName\":\"Agent Essai\",\"email\":\"essai" + System.nanoTime() % 1_000_000 + "@corbas.example.fr\",\"memberId\":"
                + ApiIT.memberId("corbas") + ",\"roles\":[\"AGENT\"],\"password\":\"" + PASSWORD + "\"}");
    }

    private static long idOf(String login) {
        return Api.as("admin").get("/api/v1/users?q=" + login).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
