package fr.guichet.notification;

import fr.guichet.common.Settings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers due outbox messages, each in a transaction of its own that holds the row lock while the
 * mail is handed to SMTP: another node skips a locked row, and a sent row is never sent again.
 */
@Stateless
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final int BATCH = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailTransport transport;

    public List<Long> dueMessageIds() {
        return em.createQuery("SELECT m.id FROM OutboxMessage m WHERE m.status = :pending AND m.nextAttemptAt <= :now"
                        + " ORDER BY m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", OutboxStatus.PENDING)
                .setParameter("now", Instant.now())
                .setMaxResults(BATCH)
                .getResultList();
    }

    /** Tries to deliver one message; returns false if another node holds it or it is no longer due. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(long id) {
        List<?> claimed = em.createNativeQuery(
                        "SELECT id FROM outbox_message WHERE id = ? AND status = 'PENDING' FOR UPDATE SKIP LOCKED")
                .setParameter(1, id).getResultList();
        if (claimed.isEmpty()) {
            return false;
        }
        OutboxMessage message = em.find(OutboxMessage.class, id);
        try {
            transport.send(message);
            message.markSent(Instant.now());
            return true;
        } catch (MessagingException | RuntimeException failure) {
            LOG.log(Level.WARNING, "Mail {0} to {1} not sent (attempt {2}): {3}",
                    new Object[] {id, message.getRecipient(), message.getAttempts() + 1, failure.getMessage()});
            message.recordFailure(failure.getMessage(), Instant.now(), new RetryBackoff(Settings.outboxRetryBase()));
            return false;
        }
    }
}
