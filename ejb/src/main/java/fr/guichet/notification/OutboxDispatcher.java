package fr.guichet.notification;

import fr.guichet.common.Settings;
import fr.guichet.common.SqlValues;
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
 * Delivers due outbox messages a batch at a time: one transaction claims the batch's rows with locks that
 * other nodes skip, one SMTP connection carries the batch, and each row is marked sent or failed before the
 * commit. A sent row is never sent again; a node that dies mid-batch leaves its rows pending, so those
 * mails go out again (at least once, as with any outbox).
 */
@Stateless
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    static final int BATCH = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailTransport transport;

    /** Claims and delivers up to {@link #BATCH} due messages; returns how many it claimed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deliverDue() {
        List<Long> ids = em.createNativeQuery("SELECT id FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= ?"
                        + " ORDER BY status, next_attempt_at, id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, SqlValues.timestamp(Instant.now())).getResultStream()
                .map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return 0;
        }
        List<OutboxMessage> messages = em.createQuery("SELECT m FROM OutboxMessage m WHERE m.id IN :ids"
                + " ORDER BY m.nextAttemptAt, m.id", OutboxMessage.class).setParameter("ids", ids).getResultList();
        MailTransport.Connection smtp;
        try {
            smtp = transport.open();
        } catch (MessagingException | RuntimeException unreachable) {
            postpone(messages, unreachable);
            return ids.size();
        }
        try {
            for (int i = 0; i < messages.size(); i++) {
                OutboxMessage message = messages.get(i);
                try {
                    smtp.send(message);
                    message.markSent(Instant.now());
                } catch (MessagingException | RuntimeException failure) {
                    if (!smtp.isConnected()) {
                        postpone(messages.subList(i, messages.size()), failure);
                        break;
                    }
                    failed(message, failure);
                }
            }
        } finally {
            smtp.close();
        }
        return ids.size();
    }

    /** The server is gone: these mails wait for the next attempt, said once rather than once per mail. */
    private static void postpone(List<OutboxMessage> messages, Exception failure) {
        LOG.warning(() -> "SMTP unreachable, " + messages.size() + " mail(s) wait for the next attempt: " + failure.getMessage());
        Instant now = Instant.now();
        messages.forEach(m -> m.recordFailure(failure.getMessage(), now, new RetryBackoff(Settings.outboxRetryBase())));
    }

    private void failed(OutboxMessage message, Exception failure) {
        LOG.log(Level.WARNING, "Mail {0} to {1} not sent (attempt {2}): {3}",
                new Object[] {message.getId(), message.getRecipient(), message.getAttempts() + 1, failure.getMessage()});
        message.recordFailure(failure.getMessage(), Instant.now(), new RetryBackoff(Settings.outboxRetryBase()));
    }
}
