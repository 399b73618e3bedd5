package fr.guichet.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The SMTP server the test server sends its mail to (GreenMail on {@code guichet.test.smtp.port}), for a test
 * that reads the mails users receive. Elsewhere that port stays closed: {@link OutboxIT} relies on it.
 */
final class TestSmtp implements AutoCloseable {

    private final GreenMail smtp;

    private TestSmtp(GreenMail smtp) {
        this.smtp = smtp;
    }

    static TestSmtp start() {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("guichet.test.smtp.port"), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return new TestSmtp(smtp);
    }

    /** How many mails arrived whose Message-ID starts with this. */
    long receivedWithMessageId(String prefix) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getMessageID() != null && m.getMessageID().startsWith(prefix);
            } catch (MessagingException unreadable) {
                return false;
            }
        }).count();
    }

    /** The Reply-To of the mails a user received about a ticket: the ticket's reply address. */
    String replyAddress(String recipient, String reference) {
        return MailInIT.eventually(() -> Arrays.stream(smtp.getReceivedMessages())
                        .filter(m -> recipients(m).contains(recipient) && subject(m).contains(reference))
                        .map(TestSmtp::replyTo).flatMap(Optional::stream).findFirst(),
                Optional::isPresent, "a mail to " + recipient + " about " + reference).orElseThrow();
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(address -> ((InternetAddress) address).getAddress()).toList();
        } catch (MessagingException unreadable) {
            return List.of();
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException unreadable) {
            return "";
        }
    }

    private static Optional<String> replyTo(MimeMessage message) {
        try {
            Address[] replyTo = message.getHeader("Reply-To") == null ? null : message.getReplyTo();
            return replyTo == null || replyTo.length == 0 ? Optional.empty()
                    : Optional.of(((InternetAddress) replyTo[0]).getAddress());
        } catch (MessagingException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
