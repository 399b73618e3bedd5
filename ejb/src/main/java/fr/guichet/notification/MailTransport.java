package fr.guichet.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;

/**
 * Hands outbox messages to the server's mail session (SMTP host and port are server settings), over one
 * connection for a whole batch: opening a connection per mail caps delivery at a few mails a second.
 */
@ApplicationScoped
public class MailTransport {

    @Resource(lookup = "java:jboss/mail/Default")
    private Session session;

    /** A connection to the SMTP server, open until closed. */
    public Connection open() throws MessagingException {
        Transport transport = session.getTransport();
        transport.connect();
        return new Connection(transport);
    }

    /** One SMTP connection; a failure on one mail leaves it usable for the next if the server still answers. */
    public final class Connection implements AutoCloseable {

        private final Transport transport;

        private Connection(Transport transport) {
            this.transport = transport;
        }

        /**
         * Jakarta Mail looks its stream provider up through ServiceLoader each time it encodes a header or a
         * body: with the application's class loader that scans every jar of the EAR (a sixth of the CPU under
         * load); with the mail API's own module it reads a few.
         */
        public void send(OutboxMessage message) throws MessagingException {
            Thread thread = Thread.currentThread();
            ClassLoader application = thread.getContextClassLoader();
            thread.setContextClassLoader(Session.class.getClassLoader());
            try {
                write(message);
            } finally {
                thread.setContextClassLoader(application);
            }
        }

        private void write(OutboxMessage message) throws MessagingException {
            MimeMessage mime = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", message.getMessageId());
                }
            };
            mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.getRecipient()));
            if (message.getReplyTo() != null) {
                mime.setReplyTo(new InternetAddress[] {new InternetAddress(message.getReplyTo())});
            }
            mime.setSubject(message.getSubject(), "UTF-8");
            mime.setText(message.getBody(), "UTF-8");
            mime.setSentDate(new Date());
            mime.setHeader("Auto-Submitted", "auto-generated");
            mime.saveChanges();
            transport.sendMessage(mime, mime.getAllRecipients());
        }

        public boolean isConnected() {
            return transport.isConnected();
        }

        /** Closes the connection; a server that hangs up first has nothing left to say. */
        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException alreadyGone) {
                // the mails of the batch are marked already; nothing depends on the goodbye
            }
        }
    }
}
