package fr.guichet.ticket;

import fr.guichet.common.Settings;
import fr.guichet.platform.RepeatingTimer;
import fr.guichet.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the helpdesk mailbox ({@code guichet.mail.in.*}; off when no host is set). Each message is
 * processed in its own transaction that records its Message-ID, and only then deleted from the
 * mailbox: a stop between the two leaves a message that the next poll recognises and just deletes.
 * Nothing a message holds can stop the poll: a message that cannot be read or processed is counted,
 * tried again at the next poll, and set aside in quarantine at its second failure.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailboxPoller {

    private static final Logger LOG = Logger.getLogger(MailboxPoller.class.getName());
    static final int BATCH = 50;

    @Resource
    private TimerService timers;

    @Inject
    private IncomingMailService incoming;

    @Inject
    private Caller caller;

    private final ReentrantLock polling = new ReentrantLock();

    @PostConstruct
    void schedule() {
        if (Settings.mailInHost().isEmpty()) {
            LOG.info("Helpdesk mailbox not configured (guichet.mail.in.host): incoming mail is off");
            return;
        }
        RepeatingTimer.start(timers, "mailbox", Settings.mailInInterval());
    }

    @Timeout
    void onTimer(Timer link) {
        RepeatingTimer.run(timers, link, Settings.mailInInterval(), () -> {
            try {
                poll();
            } catch (MessagingException unreachable) {
                LOG.log(Level.WARNING, "Helpdesk mailbox unreachable: {0}", unreachable.getMessage());
            }
        });
    }

    /** Reads up to {@value #BATCH} messages; returns how many were read. One poll at a time per node. */
    public int poll() throws MessagingException {
        caller.actAsPlatform();
        if (!polling.tryLock()) {
            return 0;
        }
        try (Store store = connect()) {
            Folder inbox = store.getFolder(Settings.mailInFolder());
            inbox.open(Folder.READ_WRITE);
            try {
                int count = Math.min(inbox.getMessageCount(), BATCH);
                for (Message message : count == 0 ? new Message[0] : inbox.getMessages(1, count)) {
                    if (!inbox.isOpen()) {
                        // The connection dropped: the next poll takes the rest.
                        break;
                    }
                    handle(message);
                }
                return count;
            } finally {
                if (inbox.isOpen()) {
                    // Expunges the messages marked deleted: those whose outcome is recorded.
                    inbox.close(true);
                }
            }
        } finally {
            polling.unlock();
        }
    }

    /** Deletes the message once it has an outcome; any failure is logged and leaves it for the next poll. */
    private void handle(Message message) {
        try {
            String key = MailboxReader.key(message);
            if (incoming.alreadyProcessed(key) || settled(message, key)) {
                message.setFlag(Flags.Flag.DELETED, true);
            }
        } catch (MessagingException | IOException | RuntimeException failure) {
            LOG.log(Level.WARNING, "Message " + message.getMessageNumber() + " left in the mailbox", failure);
        }
    }

    /** Processes the message; on failure, whether it was set aside (and may leave the mailbox all the same). */
    private boolean settled(Message message, String key) {
        MailMessage read;
        try {
            read = MailboxReader.read(message, key);
        } catch (IOException | MessagingException | RuntimeException unreadable) {
            LOG.log(Level.WARNING, "Message " + key + " unreadable", unreadable);
            return incoming.failed(MailboxReader.unreadable(message, key), QuarantineReason.UNREADABLE, unreadable);
        }
        try {
            incoming.process(read);
            return true;
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Message " + key + " could not be processed", failed);
            return incoming.failed(read, QuarantineReason.FAILED, failed);
        }
    }

    private Store connect() throws MessagingException {
        Properties properties = new Properties();
        String protocol = Settings.mailInProtocol();
        properties.setProperty("mail.store.protocol", protocol);
        properties.setProperty("mail." + protocol + ".connectiontimeout", "10000");
        properties.setProperty("mail." + protocol + ".timeout", "30000");
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(Settings.mailInHost().get(), Settings.mailInPort(), Settings.mailInUser(), Settings.mailInPassword());
        return store;
    }
}
