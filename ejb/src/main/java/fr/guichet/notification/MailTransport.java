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

/** Hands one outbox message to the server's mail session (SMTP host and port are server settings). */
@ApplicationScoped
public class MailTransport {

    @Resource(lookup = "java:jboss/mail/Default")
    private Session session;

    public void send(OutboxMessage message) throws MessagingException {
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
        Transport.send(mime);
    }
}
