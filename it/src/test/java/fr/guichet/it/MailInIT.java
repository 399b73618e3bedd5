package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Incoming mail end to end: messages are sent over SMTP to the helpdesk mailbox (GreenMail), the server
 * polls it over IMAP and the result is read back through the REST API.
 */
@ExtendWith(ArquillianExtension.class)
class MailInIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** Keeps the Message-ID we give it (MimeMessage would replace it on sending). */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }

    static String send(String from, String subject, String text, Map<String, String> headers, byte[] pdf) {
        String id = "<" + UUID.randomUUID() + "@test.guichet>";
        send(id, from, subject, text, headers, pdf);
        return id;
    }

    static void send(String id, String from, String subject, String text, Map<String, String> headers, byte[] pdf) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", Integer.getInteger("guichet.test.mailin.smtp.port", 3225).toString());
        Session session = Session.getInstance(properties);
        try {
            MimeMessage message = new FixedIdMessage(session, id);
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(TestMailbox.ADDRESS));
            message.setSubject(subject, "UTF-8");
            for (Map.Entry<String, String> header : headers.entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            if (pdf == null) {
                message.setText(text, "UTF-8");
            } else {
                MimeBodyPart body = new MimeBodyPart();
                body.setText(text, "UTF-8");
                MimeBodyPart file = new MimeBodyPart();
                file.setContent(pdf, "application/pdf");
                file.setFileName("capture.pdf");
                file.setDisposition(MimeBodyPart.ATTACHMENT);
                message.setContent(new MimeMultipart(body, file));
            }
            Transport.send(message);
        } catch (MessagingException failure) {
            throw new IllegalStateException(failure);
        }
    }

    static <T> T eventually(Supplier<T> probe, java.util.function.Predicate<T> done, String what) {
        Instant limit = Instant.now().plus(Duration.ofSeconds(30));
        T value = probe.get();
        while (!done.test(value)) {
            if (Instant.now().isAfter(limit)) {
                throw new AssertionError("not within 30 s: " + what + " (last: " + value + ")");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
            value = probe.get();
        }
        return value;
    }

    private static List<JsonObject> ticketsOf(String login, String text) {
        return Api.as(login).get("/api/v1/tickets?q=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8))
                .json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> quarantine() {
        return Api.as("admin").get("/api/v1/mail/quarantine?size=200").json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void aKnownSenderOpensATicketForTheirMemberAndTheReplyThreadsIn() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        send("grigny.agent2@grigny.example.fr", "Scanner du guichet unique bloqué", "Le scanner affiche une erreur E42.",
                Map.of(), pdf);
        JsonObject row = eventually(() -> ticketsOf("grigny.agent2", "scanner guichet bloqué"), found -> found.size() == 1,
                "ticket from mail").get(0);
        long id = row.getJsonNumber("id").longValue();
        JsonObject ticket = Api.as("grigny.agent2").get("/api/v1/tickets/" + id).json();
        assertEquals("Le scanner affiche une erreur E42.", ticket.getString("description"));
        assertEquals("Grigny", row.getString("memberName"));
        assertEquals("capture.pdf", ticket.getJsonArray("attachments").getJsonObject(0).getString("fileName"));

        String reference = ticket.getString("reference");
        send("grigny.agent2@grigny.example.fr", "RE: [Guichet] " + reference + " — nouveau message",
                "Il refonctionne après redémarrage.\n\nLe lun. 23 nov. 2026 à 10:00, Support a écrit :\n> Pouvez-vous redémarrer ?",
                Map.of(), null);
        List<JsonObject> comments = eventually(() -> Api.as("grigny.agent2").get("/api/v1/tickets/" + id).json()
                .getJsonArray("comments").getValuesAs(JsonObject.class), c -> !c.isEmpty(), "reply as a comment");
        assertEquals("Il refonctionne après redémarrage.", comments.get(0).getString("body"), "quoted history stripped");
        assertEquals("mail", comments.get(0).getString("via"));

        // Another member's user cannot write into this ticket by quoting its reference.
        send("givors.agent1@givors.example.fr", "RE: " + reference, "Je m'invite.", Map.of(), null);
        eventually(MailInIT::quarantine, q -> q.stream().anyMatch(m -> m.getString("fromAddress").equals("givors.agent1@givors.example.fr")),
                "foreign reply quarantined");
        assertEquals(1, Api.as("tech1").get("/api/v1/tickets/" + id).json().getJsonArray("comments").size());
    }

    @Test
    void unknownSendersGoToQuarantineAndAutoRepliesAreIgnored() {
        send("inconnu@exemple.org", "Achetez nos imprimantes", "Promotion !", Map.of(), null);
        eventually(MailInIT::quarantine, q -> q.stream().anyMatch(m -> m.getString("subject").equals("Achetez nos imprimantes")),
                "unknown sender quarantined");
        assertEquals(0, Api.as("tech1").get("/api/v1/tickets?q=imprimantes%20achetez").json().getInt("total"));

        send("corbas.agent3@corbas.example.fr", "Absence du bureau", "Je suis absente jusqu'au 30.",
                Map.of("Auto-Submitted", "auto-replied"), null);
        send("corbas.agent3@corbas.example.fr", "Réponse automatique congés", "Absente.", Map.of("Precedence", "bulk"), null);
        String marker = send("corbas.agent3@corbas.example.fr", "Souris sans fil HS", "La souris ne répond plus.", Map.of(), null);
        eventually(() -> ticketsOf("corbas.agent3", "souris sans fil"), found -> found.size() == 1, "real mail after auto-replies");
        assertTrue(marker.startsWith("<"));
        assertEquals(0, ticketsOf("corbas.agent3", "absence bureau").size());
        assertEquals(0, ticketsOf("corbas.agent3", "réponse automatique congés").size());
    }

    /**
     * A poll that stopped after recording a message but before deleting it (a restart) finds the message
     * again: it is recognised by its Message-ID and not processed twice.
     */
    @Test
    void eachMessageIsProcessedExactlyOnceEvenWhenItComesBack() {
        String id = "<" + UUID.randomUUID() + "@test.guichet>";
        send(id, "vaulx-en-velin.agent2@vaulx-en-velin.example.fr", "Badge d'accès refusé", "Le badge ne passe plus.", Map.of(), null);
        eventually(() -> ticketsOf("vaulx-en-velin.agent2", "badge accès refusé"), found -> found.size() == 1, "ticket");
        send(id, "vaulx-en-velin.agent2@vaulx-en-velin.example.fr", "Badge d'accès refusé", "Le badge ne passe plus.", Map.of(), null);
        String after = send("vaulx-en-velin.agent2@vaulx-en-velin.example.fr", "Clavier cassé", "Touche A cassée.", Map.of(), null);
        eventually(() -> ticketsOf("vaulx-en-velin.agent2", "clavier cassé"), found -> found.size() == 1, "next message processed");
        assertTrue(after.startsWith("<"));
        assertEquals(1, ticketsOf("vaulx-en-velin.agent2", "badge accès refusé").size(), "the same message made one ticket");
    }
}
