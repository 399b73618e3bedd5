package fr.guichet.notification;

import fr.guichet.security.Caller;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Gathers the notifications held for each digest reader into one mail through the outbox, once their hour has come
 * (Paris time): everything held before today's hour goes in today's digest. Rows are locked and removed in the same
 * transaction, so two nodes never send one notification twice.
 */
@Stateless
public class DigestSender {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String BUNDLE = "fr.guichet.notification.mails";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    /** Run by the timer, or at once by an administrator; returns how many digests were queued. */
    public int sendDue(Instant now) {
        caller.requirePlatformOrStaff(Role.ADMIN);
        ZonedDateTime here = now.atZone(PARIS);
        LocalDate today = here.toLocalDate();
        int sent = 0;
        for (int hour = 0; hour <= here.getHour(); hour++) {
            Instant cutoff = today.atTime(hour, 0).atZone(PARIS).toInstant();
            List<String> readers = em.createQuery("SELECT DISTINCT i.login FROM DigestItem i WHERE i.digestHour = :hour"
                            + " AND i.createdAt < :cutoff", String.class)
                    .setParameter("hour", hour).setParameter("cutoff", cutoff).getResultList();
            for (String login : readers) {
                sent += send(login, cutoff, now) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean send(String login, Instant cutoff, Instant now) {
        List<DigestItem> items = em.createQuery("SELECT i FROM DigestItem i WHERE i.login = :login AND i.createdAt < :cutoff"
                        + " ORDER BY i.createdAt, i.id", DigestItem.class)
                .setParameter("login", login).setParameter("cutoff", cutoff).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (items.isEmpty()) {
            return false;
        }
        DigestItem last = items.get(items.size() - 1);
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(last.getLocale()), DigestSender.class.getClassLoader());
        StringBuilder entries = new StringBuilder();
        for (DigestItem item : items) {
            entries.append("— ").append(item.getSubject()).append("\n\n").append(item.getBody()).append("\n\n");
            em.remove(item);
        }
        String subject = "[Guichet] " + MessageFormat.format(texts.getString("mail.digest.subject"), items.size());
        String body = MessageFormat.format(texts.getString("mail.digest.body"), last.getFullName(), items.size(), entries.toString());
        em.persist(new OutboxMessage(last.getEmail(), subject, body, now));
        return true;
    }
}
