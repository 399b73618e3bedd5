package fr.guichet.identity;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.StoredTexts;
import fr.guichet.notification.MailOutbox;
import fr.guichet.notification.MailTemplate;
import fr.guichet.security.CallerIdentity;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** What a checked password leads to, each in a short transaction of its own (see {@link CredentialService}). */
@Stateless
public class LoginOutcomes {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LoginThrottles throttles;

    @Inject
    private AuditLog audit;

    @Inject
    private MailOutbox outbox;

    /**
     * Dates the login with a bulk update, not through the entity: an API client opening several connections at
     * once logs in concurrently, and the account's version must not make all but one of those logins fail.
     */
    public CallerIdentity succeeded(long userId, String address, Instant now) {
        UserAccount user = em.find(UserAccount.class, userId);
        em.createQuery("UPDATE UserAccount u SET u.lastLoginAt = :now WHERE u.id = :id")
                .setParameter("now", now).setParameter("id", userId).executeUpdate();
        throttles.succeeded(user.getLogin(), address);
        return user.identity();
    }

    /** The owner hears of it once, when the failures of a series start to slow logins down. */
    public void failed(long userId, int attemptsCounted) {
        if (attemptsCounted != LoginThrottle.ACCOUNT.freeAttempts()) {
            return;
        }
        UserAccount user = em.find(UserAccount.class, userId);
        audit.recordAs(user.getLogin(), "LOGIN_THROTTLED", UserService.ENTITY, user.getId(), user.owningMemberId(),
                StoredTexts.get("stored.login.throttled", attemptsCounted));
        outbox.notify(user.recipient(), MailTemplate.LOGIN_THROTTLED);
    }
}
