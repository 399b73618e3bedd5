package fr.guichet.notification;

import fr.guichet.common.Page;
import fr.guichet.common.PageRequest;
import fr.guichet.common.Settings;
import fr.guichet.security.Caller;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * Queues notification mail in the caller's transaction: the mail exists if and only if the change it
 * reports was committed. {@link OutboxSender} delivers it; for those who chose a daily digest it waits in a
 * {@link DigestItem} until {@link DigestSender} gathers the day's into one mail.
 */
@Stateless
public class MailOutbox {

    private static final String BUNDLE = "fr.guichet.notification.mails";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    /** An argument worded from the mail texts in the recipient's language (e.g. a state's name). */
    public record Localized(String key) {
    }

    /**
     * Renders the template in the recipient's language. Arguments {0} to {2} are the recipient's name,
     * login and the platform's address; {@code extra} follow from {3} ({@link Localized} ones translated).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notify(Recipient recipient, MailTemplate template, Object... extra) {
        queue(recipient, template, null, extra);
    }

    /** As {@link #notify}, with the address that replies go to (a ticket's reply address). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notifyWithReplyTo(Recipient recipient, MailTemplate template, String replyTo, Object... extra) {
        queue(recipient, template, replyTo, extra);
    }

    private void queue(Recipient recipient, MailTemplate template, String replyTo, Object... extra) {
        if (!recipient.wantsNotifications() && !template.isSecurityNotice()) {
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(recipient.locale()),
                MailOutbox.class.getClassLoader());
        Object[] arguments = Stream.concat(
                Stream.of(recipient.fullName(), recipient.login(), Settings.publicUrl()),
                Stream.of(extra).map(argument -> argument instanceof Localized text
                        ? MessageFormat.format(texts.getString(text.key()), new Object[0]) : argument))
                .toArray();
        String subject = "[Guichet] " + MessageFormat.format(texts.getString(template.key() + ".subject"), arguments);
        String body = MessageFormat.format(texts.getString(template.key() + ".body"), arguments);
        if (recipient.digestHour() != null && !template.isSecurityNotice()) {
            // Read in tomorrow's (or today's) digest: replying to it by mail is not offered, the page is.
            em.persist(new DigestItem(recipient, subject, body, Instant.now()));
        } else {
            em.persist(new OutboxMessage(recipient.email(), replyTo, subject, body, Instant.now()));
        }
    }

    /** The outbox as administrators see it: newest first, optionally for one recipient or status. */
    public Page<OutboxMessage> search(String recipient, OutboxStatus status, PageRequest page) {
        caller.requireAnyRole(Role.ADMIN);
        String where = " WHERE (:recipient IS NULL OR m.recipient = :recipient) AND (:status IS NULL OR m.status = :status)";
        var items = em.createQuery("SELECT m FROM OutboxMessage m" + where + " ORDER BY m.id DESC", OutboxMessage.class)
                .setParameter("recipient", recipient).setParameter("status", status)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(m) FROM OutboxMessage m" + where, Long.class)
                .setParameter("recipient", recipient).setParameter("status", status).getSingleResult();
        return new Page<>(items, total, page.page(), page.size());
    }
}
