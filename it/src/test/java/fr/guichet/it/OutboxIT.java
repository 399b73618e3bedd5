package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox against a real SMTP server (GreenMail on the port the test server sends to): mail written
 * while SMTP is down waits and is retried; once SMTP is back each mail arrives exactly once.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void mailWrittenWhileSmtpIsDownIsDeliveredExactlyOnceWhenItIsBack() throws Exception {
        String first = newAccount("pierre-benite");
        String second = newAccount("rive-de-gier");

        await("the sender tried and failed while SMTP is down", Duration.ofSeconds(20),
                () -> failedAttempts(first) >= 1 && failedAttempts(second) >= 1);
        assertEquals("PENDING", outboxEntry(first).getString("status"));

        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("guichet.test.smtp.port"), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            await("both mails arrive once SMTP is back", Duration.ofSeconds(60),
                    () -> receivedBy(smtp, first) == 1 && receivedBy(smtp, second) == 1);
            Thread.sleep(4000); // several more sender rounds: nothing may be sent again
            assertEquals(1, receivedBy(smtp, first));
            assertEquals(1, receivedBy(smtp, second));

            JsonObject sent = outboxEntry(first);
            assertEquals("SENT", sent.getString("status"));
            MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> recipients(m).contains(first)).findFirst().orElseThrow();
            assertEquals("[Guichet] Votre compte Guichet est ouvert", mail.getSubject());
            assertEquals(sent.getString("messageId"), mail.getMessageID());
            assertTrue(mail.getContent().toString().contains("Identifiant :"));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aDigestReaderGetsTheDaysNotificationsInOneMailAtTheirHour() {
        Api.Reply chosen = Api.as("grigny.agent1").put("/api/v1/me/preferences",
                "{\"locale\":\"fr\",\"mailPreference\":\"digest\",\"digestHour\":0}");
        assertEquals(200, chosen.status(), chosen::toString);
        assertEquals("digest", chosen.json().getString("mailPreference"));
        JsonObject ticket = TicketsIT.open("grigny.agent1", "Messagerie lente le matin", "incident", "user", "low", null);
        String reference = ticket.getString("reference");
        assertEquals(201, Api.as("tech1").post("/api/v1/tickets/" + ticket.getJsonNumber("id") + "/comments",
                "{\"body\":\"Nous regardons.\"}").status());
        assertTrue(mailsTo("grigny.agent1@grigny.example.fr").stream().noneMatch(m -> m.getString("subject").contains(reference)),
                "nothing goes out one by one");
        assertEquals(2, Sql.number("SELECT COUNT(*) FROM digest_item WHERE login = 'grigny.agent1'"), "opened, then answered");

        // Yesterday's notifications are due at midnight today.
        Sql.update("UPDATE digest_item SET created_at = created_at - INTERVAL 1 DAY WHERE login = 'grigny.agent1'");
        assertEquals(403, Api.as("tech1").post("/api/v1/outbox/digests", "").status());
        assertEquals(1, Api.as("admin").post("/api/v1/outbox/digests", "").json().getInt("sent"));
        List<JsonObject> digests = mailsTo("grigny.agent1@grigny.example.fr").stream()
                .filter(m -> m.getString("subject").startsWith("[Guichet] Votre résumé du jour")).toList();
        assertEquals(1, digests.size(), "one digest");
        assertEquals("[Guichet] Votre résumé du jour : 2 notification(s)", digests.get(0).getString("subject"));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM digest_item WHERE login = 'grigny.agent1'"));
        assertEquals(0, Api.as("admin").post("/api/v1/outbox/digests", "").json().getInt("sent"), "never twice");
        Api.as("grigny.agent1").put("/api/v1/me/preferences", "{\"locale\":\"fr\",\"mailPreference\":\"immediate\"}");
    }

    private static List<JsonObject> mailsTo(String email) {
        return Api.as("admin").get("/api/v1/outbox?recipient=" + email + "&size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private static String newAccount(String memberSlug) {
        String login = memberSlug + ".mail" + System.nanoTime() % 1_000_000;
        String email = login + "@" + memberSlug + ".example.fr";
        Api.Reply created = Api.as("admin").post("/api/v1/users", "{\"login\":\"" + login + "\",\"fullName\":\"Agent Courriel\","
                + "\"email\":\"" + email + "\",\"memberId\":" + ApiIT.memberId(memberSlug)
                + ",\"roles\":[\"AGENT\"],\"password\":\"Bienvenue-2026\"}");
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.location().contains("/api/v1/users/"));
        return email;
    }

    private static JsonObject outboxEntry(String email) {
        var items = Api.as("admin").get("/api/v1/outbox?recipient=" + email).json().getJsonArray("items");
        assertEquals(1, items.size(), "one mail queued for " + email);
        return items.getJsonObject(0);
    }

    private static int failedAttempts(String email) {
        JsonObject entry = outboxEntry(email);
        return entry.containsKey("lastError") && !entry.isNull("lastError") ? entry.getInt("attempts") : 0;
    }

    private static long receivedBy(GreenMail smtp, String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipients(m).contains(email)).count();
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
        } catch (jakarta.mail.MessagingException unreadable) {
            return List.of();
        }
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(250);
        }
    }
}
