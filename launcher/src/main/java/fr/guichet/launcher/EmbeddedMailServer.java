package fr.guichet.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * SMTP and IMAP on localhost (GreenMail) so that run mode sends real mail that nobody outside receives,
 * with the helpdesk mailbox that Guichet polls for incoming mail.
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
        mail.setUser(helpdeskAddress, helpdeskAddress, helpdeskPassword);
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
