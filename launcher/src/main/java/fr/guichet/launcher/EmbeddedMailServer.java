package fr.guichet.launcher;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Locale;

/**
 * SMTP and IMAP on localhost (GreenMail) so that run mode sends real mail that nobody outside receives,
 * with the helpdesk mailbox that Guichet polls for incoming mail. As a real mail server does, it delivers
 * the helpdesk's sub-addresses (the tickets' reply addresses, {@code support+<token>@…}) to that mailbox.
 */
public final class EmbeddedMailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private EmbeddedMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static EmbeddedMailServer start(int smtpPort, int imapPort, String helpdeskAddress, String helpdeskPassword) {
        GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        GreenMailUser helpdesk = mail.setUser(helpdeskAddress, helpdeskAddress, helpdeskPassword);
        String box = helpdeskAddress.toLowerCase(Locale.ROOT);
        String prefix = box.substring(0, box.indexOf('@')) + "+";
        String domain = box.substring(box.indexOf('@'));
        UserManager users = mail.getUserManager();
        MessageDeliveryHandler standard = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, address) -> {
            String to = address.getEmail().toLowerCase(Locale.ROOT);
            return to.startsWith(prefix) && to.endsWith(domain) ? helpdesk : standard.handle(message, address);
        });
        return new EmbeddedMailServer(mail);
    }

    public int receivedCount() {
        return greenMail.getReceivedMessages().length;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
