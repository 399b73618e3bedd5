package fr.guichet.it;

import fr.guichet.launcher.EmbeddedMailServer;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The helpdesk mailbox the test server polls: a GreenMail SMTP + IMAP server in the test JVM, started
 * before Arquillian starts WildFly. Tests post mail to it over SMTP like any mail client would.
 */
public class TestMailbox implements LauncherSessionListener {

    static final String ADDRESS = "support@guichet.test";
    static final String PASSWORD = "support";

    private EmbeddedMailServer server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        server = EmbeddedMailServer.start(Integer.getInteger("guichet.test.mailin.smtp.port", 3225),
                Integer.getInteger("guichet.test.mailin.imap.port", 3243), ADDRESS, PASSWORD);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.close();
        }
    }
}
