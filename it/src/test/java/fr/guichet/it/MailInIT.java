package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Incoming mail end to end: messages are sent over SMTP to the helpdesk mailbox (GreenMail), the server
 * polls it over IMAP and the result is read back through the REST API. Replies go to the reply address
 * that the ticket's notification mail gave (read from the test SMTP server), and carry the
 * Authentication-Results header that the receiving mail server ({@value #MX}) would add.
 */
@ExtendWith(ArquillianExtension.class)
class MailInIT {

    /** The authserv-id the test server believes ({@code guichet.mail.in.authserv.id}). */
    static final String MX = "mx.guichet.test";

    private static TestSmtp smtp;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void startSmtp() {
        smtp = TestSmtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.close();
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

    /** A message to the helpdesk, by default to its plain address and vouched for by the receiving server. */
    static final class Mail {
        private String id = "<" + UUID.randomUUID() + "@test.guichet>";
        private final String from;
        private final String subject;
        private final String text;
        private String to = TestMailbox.ADDRESS;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] pdf;

        private Mail(String from, String subject, String text) {
            this.from = from;
            this.subject = subject;
            this.text = text;
            headers.put("Authentication-Results", MX + "; dmarc=pass header.from=" + from.substring(from.indexOf('@') + 1));
        }

        static Mail from(String from, String subject, String text) {
            return new Mail(from, subject, text);
        }

        Mail to(String address) {
            to = address;
            return this;
        }

        Mail id(String messageId) {
            id = messageId;
            return this;
        }

        /** Replaces a header, the receiving server's Authentication-Results included. */
        Mail header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Mail unauthenticated() {
            headers.remove("Authentication-Results");
            return this;
        }

        Mail pdf(byte[] content) {
            pdf = content;
            return this;
        }

        /** Sends it; returns its Message-ID. */
        String send() {
            Session session = session();
            try {
                MimeMessage message = new FixedIdMessage(session, id);
                message.setFrom(new InternetAddress(from));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
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
            return id;
        }
    }

    /** Sends bytes as they are, whatever their MIME structure (Transport.send would rewrite it). */
    static void sendRaw(String raw) {
        Session session = session();
        try (Transport transport = session.getTransport("smtp")) {
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            transport.connect();
            transport.sendMessage(message, new Address[] {new InternetAddress(TestMailbox.ADDRESS)});
        } catch (MessagingException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static Session session() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", Integer.getInteger("guichet.test.mailin.smtp.port", 3225).toString());
        return Session.getInstance(properties);
    }

    static <T> T eventually(Supplier<T> probe, Predicate<T> done, String what) {
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

    /** The quarantine entry of a message, once the poller has put it there. */
    private static JsonObject quarantined(String messageId) {
        return eventually(MailInIT::quarantine, q -> q.stream().anyMatch(m -> m.getString("messageId").equals(messageId)),
                "message " + messageId + " quarantined").stream().filter(m -> m.getString("messageId").equals(messageId))
                .findFirst().orElseThrow();
    }

    private static JsonObject ticket(String login, long id) {
        return Api.as(login).get("/api/v1/tickets/" + id).json();
    }

    private static long mailsAbout(String email, String reference) {
        return Api.as("admin").get("/api/v1/outbox?size=200&recipient=" + email).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("subject").contains(reference)).count();
    }

    private static int helpdeskMailboxSize() {
        Properties properties = new Properties();
        properties.setProperty("mail.store.protocol", "imap");
        try (Store store = Session.getInstance(properties).getStore("imap")) {
            store.connect("127.0.0.1", Integer.getInteger("guichet.test.mailin.imap.port", 3243), TestMailbox.ADDRESS,
                    TestMailbox.PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return inbox.getMessageCount();
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException failure) {
            throw new IllegalStateException(failure);
        }
    }

    @Test
    void aKnownSenderOpensATicketForTheirMemberAndTheReplyThreadsIn() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        Mail.from("grigny.agent2@grigny.example.fr", "Scanner du guichet unique bloqué", "Le scanner affiche une erreur E42.")
                .pdf(pdf).send();
        JsonObject row = eventually(() -> ticketsOf("grigny.agent2", "scanner guichet bloqué"), found -> found.size() == 1,
                "ticket from mail").get(0);
        long id = row.getJsonNumber("id").longValue();
        JsonObject ticket = ticket("grigny.agent2", id);
        assertEquals("Le scanner affiche une erreur E42.", ticket.getString("description"));
        assertEquals("Grigny", row.getString("memberName"));
        assertEquals("capture.pdf", ticket.getJsonArray("attachments").getJsonObject(0).getString("fileName"));

        String reference = ticket.getString("reference");
        String replyTo = smtp.replyAddress("grigny.agent2@grigny.example.fr", reference);
        assertTrue(replyTo.matches("support\\+" + id + "-[0-9a-f]{24}@guichet\\.test"), replyTo);
        Mail.from("grigny.agent2@grigny.example.fr", "RE: [Guichet] " + reference + " — nouveau message",
                "Il refonctionne après redémarrage.\n\nLe lun. 23 nov. 2026 à 10:00, Support a écrit :\n> Pouvez-vous redémarrer ?")
                .to(replyTo).send();
        List<JsonObject> comments = eventually(() -> ticket("grigny.agent2", id).getJsonArray("comments")
                .getValuesAs(JsonObject.class), c -> !c.isEmpty(), "reply as a comment");
        assertEquals("Il refonctionne après redémarrage.", comments.get(0).getString("body"), "quoted history stripped");
        assertEquals("mail", comments.get(0).getString("via"));

        // Another member's user cannot write into this ticket, by its reference or even by its reply address.
        String byReference = Mail.from("givors.agent1@givors.example.fr", "RE: " + reference, "Je m'invite.").send();
        assertEquals("NO_TOKEN", quarantined(byReference).getString("reason"));
        String byAddress = Mail.from("givors.agent1@givors.example.fr", "RE: " + reference, "Je m'invite.").to(replyTo).send();
        assertEquals("TICKET_NOT_VISIBLE", quarantined(byAddress).getString("reason"));
        assertEquals(1, ticket("tech1", id).getJsonArray("comments").size());
    }

    /**
     * Issue 12: a From header and a reference in the subject proved nothing, so a spoofed technician's
     * mail became a public staff comment on another commune's ticket and was mailed to the commune.
     */
    @Test
    void spoofedSendersGuessedReferencesAndForgedTokensGoToQuarantineWithoutAWord() {
        JsonObject opened = TicketsIT.open("pierre-benite.agent2", "Imprimante du CCAS hors ligne", "incident", "user", "low", null);
        long id = opened.getJsonNumber("id").longValue();
        String reference = opened.getString("reference");
        String requester = "pierre-benite.agent2@pierre-benite.example.fr";
        long mailsBefore = mailsAbout(requester, reference);

        String staff = Mail.from("tech1@sitiv.example.fr", "RE: [Guichet] " + reference,
                "Merci de saisir votre mot de passe sur http://pirate.example").send();
        assertEquals("STAFF_SENDER", quarantined(staff).getString("reason"));
        assertTrue(quarantined(staff).getString("detail").contains(reference), "the reference is kept as a hint");
        assertEquals(0, ticket("tech1", id).getJsonArray("comments").size());

        String replyTo = smtp.replyAddress(requester, reference);
        JsonObject other = TicketsIT.open("pierre-benite.agent2", "Écran du CCAS qui clignote", "incident", "user", "low", null);
        long otherId = other.getJsonNumber("id").longValue();
        String otherReplyTo = smtp.replyAddress(requester, other.getString("reference"));
        String staffWithAddress = Mail.from("tech1@sitiv.example.fr", "RE: [Guichet] " + reference, "Idem.").to(replyTo).send();
        String guessed = Mail.from(requester, "RE: [Guichet] " + reference, "Sans adresse de réponse.").send();
        String token = replyTo.substring(replyTo.indexOf('+') + 1, replyTo.indexOf('@'));
        char last = token.charAt(token.length() - 1);
        String tampered = Mail.from(requester, "RE: " + reference, "Jeton modifié.")
                .to("support+" + token.substring(0, token.length() - 1) + (last == '0' ? '1' : '0') + "@guichet.test").send();
        String otherToken = otherReplyTo.substring(otherReplyTo.indexOf('-'), otherReplyTo.indexOf('@'));
        String moved = Mail.from(requester, "RE: " + reference, "Jeton d'un autre ticket.")
                .to("support+" + id + otherToken + "@guichet.test").send();
        String colleague = Mail.from("pierre-benite.agent3@pierre-benite.example.fr", "RE: " + reference, "Je ne le vois pas.")
                .to(replyTo).send();
        String unauthenticated = Mail.from(requester, "RE: " + reference, "Non authentifié.").to(replyTo).unauthenticated().send();
        String selfVouched = Mail.from(requester, "RE: " + reference, "Authentifié par moi-même.").to(replyTo)
                .header("Authentication-Results", "mx.pirate.example; dmarc=pass header.from=pierre-benite.example.fr").send();

        assertEquals("STAFF_SENDER", quarantined(staffWithAddress).getString("reason"));
        assertEquals("NO_TOKEN", quarantined(guessed).getString("reason"));
        assertEquals("INVALID_TOKEN", quarantined(tampered).getString("reason"));
        assertEquals("INVALID_TOKEN", quarantined(moved).getString("reason"));
        assertEquals("TICKET_NOT_VISIBLE", quarantined(colleague).getString("reason"));
        assertEquals("NOT_AUTHENTICATED", quarantined(unauthenticated).getString("reason"));
        assertEquals("NOT_AUTHENTICATED", quarantined(selfVouched).getString("reason"));

        JsonObject ticket = ticket("tech1", id);
        assertEquals(0, ticket.getJsonArray("comments").size());
        assertFalse(ticket.containsKey("firstRespondedAt") && !ticket.isNull("firstRespondedAt"), "no first response recorded");
        assertEquals(0, ticket("tech1", otherId).getJsonArray("comments").size());
        assertEquals(mailsBefore, mailsAbout(requester, reference), "nothing mailed to the commune");
    }

    @Test
    void unknownSendersGoToQuarantineAndAutoRepliesAreIgnored() {
        String unknown = Mail.from("inconnu@exemple.org", "Achetez nos imprimantes", "Promotion !").send();
        assertEquals("UNKNOWN_SENDER", quarantined(unknown).getString("reason"));
        assertEquals(0, Api.as("tech1").get("/api/v1/tickets?q=imprimantes%20achetez").json().getInt("total"));

        Mail.from("corbas.agent3@corbas.example.fr", "Absence du bureau", "Je suis absente jusqu'au 30.")
                .header("Auto-Submitted", "auto-replied").send();
        Mail.from("corbas.agent3@corbas.example.fr", "Réponse automatique congés", "Absente.").header("Precedence", "bulk").send();
        Mail.from("corbas.agent3@corbas.example.fr", "Souris sans fil HS", "La souris ne répond plus.").send();
        eventually(() -> ticketsOf("corbas.agent3", "souris sans fil"), found -> found.size() == 1, "real mail after auto-replies");
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
        Mail.from("vaulx-en-velin.agent2@vaulx-en-velin.example.fr", "Badge d'accès refusé", "Le badge ne passe plus.").id(id).send();
        eventually(() -> ticketsOf("vaulx-en-velin.agent2", "badge accès refusé"), found -> found.size() == 1, "ticket");
        Mail.from("vaulx-en-velin.agent2@vaulx-en-velin.example.fr", "Badge d'accès refusé", "Le badge ne passe plus.").id(id).send();
        Mail.from("vaulx-en-velin.agent2@vaulx-en-velin.example.fr", "Clavier cassé", "Touche A cassée.").send();
        eventually(() -> ticketsOf("vaulx-en-velin.agent2", "clavier cassé"), found -> found.size() == 1, "next message processed");
        assertEquals(1, ticketsOf("vaulx-en-velin.agent2", "badge accès refusé").size(), "the same message made one ticket");
    }

    /**
     * Issue 12: a 40 000-"é" body failed its quarantine insert and stopped every poll on it; an unparseable
     * message stayed and was read again at every poll. Now neither blocks the mail behind it.
     */
    @Test
    void aHugeMultibyteBodyAndBrokenMimeNeverBlockTheMailbox() {
        String huge = Mail.from("inconnu.bavard@exemple.org", "Très long message", "é".repeat(100_000)).send();
        String brokenId = "<" + UUID.randomUUID() + "@test.guichet>";
        sendRaw("Message-ID: " + brokenId + "\r\nFrom: saint-chamond.agent2@saint-chamond.example.fr\r\n"
                + "To: " + TestMailbox.ADDRESS + "\r\nSubject: Message mal formé\r\nMIME-Version: 1.0\r\n"
                + "Authentication-Results: " + MX + "; dmarc=pass header.from=saint-chamond.example.fr\r\n"
                + "Content-Type: multipart/mixed; boundary=\"absente\"\r\n\r\nAucune partie ici.\r\n");
        Mail.from("saint-chamond.agent2@saint-chamond.example.fr", "Vidéoprojecteur sans image", "Salle du conseil.").send();

        eventually(() -> ticketsOf("saint-chamond.agent2", "vidéoprojecteur sans image"), found -> found.size() == 1,
                "the message behind them processed");
        JsonObject big = quarantined(huge);
        assertEquals("UNKNOWN_SENDER", big.getString("reason"));
        assertTrue(big.getString("body").getBytes(StandardCharsets.UTF_8).length <= 65_535, "cut to the column, in bytes");
        assertTrue(big.getString("body").startsWith("éé"));
        JsonObject broken = quarantined(brokenId);
        assertEquals("UNREADABLE", broken.getString("reason"), broken::toString);
        assertEquals("Message mal formé", broken.getString("subject"));
        assertTrue(broken.getString("body").contains("Aucune partie ici."), "the source is kept for the administrators");
        eventually(MailInIT::helpdeskMailboxSize, size -> size == 0, "the helpdesk mailbox emptied");
        assertEquals(1, quarantine().stream().filter(m -> m.getString("messageId").equals(brokenId)).count(), "set aside once");
        assertEquals(0, ticketsOf("saint-chamond.agent2", "message mal formé").size());
    }
}
