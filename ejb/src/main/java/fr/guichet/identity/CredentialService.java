package fr.guichet.identity;

import fr.guichet.audit.AuditLog;
import fr.guichet.notification.MailOutbox;
import fr.guichet.notification.MailTemplate;
import fr.guichet.security.CallerIdentity;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Checks credentials for the authentication mechanism. Failed attempts are counted in the database
 * (the row is locked while it is updated), so lockout holds across cluster nodes.
 */
@Stateless
public class CredentialService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Paris"));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private MailOutbox outbox;

    private final PasswordHasher hasher = new PasswordHasher();

    public LoginResult authenticate(String login, String password) {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        List<UserAccount> found = em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                .setParameter("login", login == null ? "" : login.trim())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty()) {
            hasher.verifyDecoy(secret);
            return LoginResult.invalid();
        }
        UserAccount user = found.get(0);
        Instant now = Instant.now();
        if (user.isLockedAt(now)) {
            return LoginResult.locked(user.getLockedUntil());
        }
        boolean valid = hasher.verify(secret, user.getPasswordHash());
        if (valid && user.isActive()) {
            user.recordSuccessfulLogin(now);
            return LoginResult.success(user.identity());
        }
        if (!user.isActive()) {
            return LoginResult.invalid();
        }
        if (user.recordFailedLogin(now)) {
            audit.recordAs(user.getLogin(), "LOCK", UserService.ENTITY, user.getId(), user.owningMemberId(),
                    LoginLockout.MAX_FAILURES + " échecs de connexion consécutifs");
            outbox.notify(user.recipient(), MailTemplate.ACCOUNT_LOCKED, TIME.format(user.getLockedUntil()));
            return LoginResult.locked(user.getLockedUntil());
        }
        return LoginResult.invalid();
    }

    /**
     * The identity of an already authenticated user (session or cached API credentials) if the account
     * is still usable and its password has not changed since {@code verifiedAt}.
     */
    public Optional<CallerIdentity> stillValid(long userId, Instant verifiedAt) {
        UserAccount user = em.find(UserAccount.class, userId);
        Instant now = Instant.now();
        if (user == null || !user.isActive() || user.isLockedAt(now)
                || user.getPasswordChangedAt().isAfter(verifiedAt)) {
            return Optional.empty();
        }
        return Optional.of(user.identity());
    }
}
