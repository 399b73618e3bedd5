package fr.guichet.identity;

import fr.guichet.common.SqlValues;
import fr.guichet.platform.NativeReadSource;
import fr.guichet.platform.NativeReads;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks credentials for the authentication mechanism. Every refusal is the same empty answer, whether
 * the login is unknown, the password wrong, the account inactive or the attempts slowed down
 * ({@link LoginThrottle}), and an unknown login costs the same hashing time as a known one.
 * No transaction is open here: the slow hash runs while no row is locked and no connection is held;
 * counting the attempt and recording its outcome are short transactions of their own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CredentialService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LoginThrottles throttles;

    @Inject
    private LoginOutcomes outcomes;

    @Inject
    private Caller caller;

    @Inject
    private NativeReadSource reads;

    private final PasswordHasher hasher = new PasswordHasher();

    /** The caller's identity, or empty for any refusal; {@code address} is the client's, for throttling. */
    public Optional<CallerIdentity> authenticate(String typedLogin, String password, String address) {
        // Nobody is logged in yet: reading the account is the platform's work (the scope of an anonymous request is empty).
        return caller.asPlatform(() -> check(typedLogin, password, address));
    }

    private Optional<CallerIdentity> check(String typedLogin, String password, String address) {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        Optional<String> login = Logins.normalise(typedLogin);
        Instant now = Instant.now();
        LoginThrottles.Admission admission = throttles.admit(login, address, now);
        if (!admission.admitted()) {
            return Optional.empty();
        }
        Optional<Account> account = login.flatMap(this::account);
        if (account.isEmpty()) {
            hasher.verifyDecoy(secret);
            return Optional.empty();
        }
        if (hasher.verify(secret, account.get().passwordHash()) && account.get().active()) {
            return Optional.of(outcomes.succeeded(account.get().id(), address, now));
        }
        outcomes.failed(account.get().id(), admission.accountAttempts());
        return Optional.empty();
    }

    /**
     * The identity of an already authenticated user (session or cached API credentials) if the account
     * is still usable and its password has not changed since {@code verifiedAt}. Slowed-down logins do
     * not end sessions: a stranger's failed attempts must not log the owner out.
     */
    public Optional<CallerIdentity> stillValid(long userId, Instant verifiedAt) {
        // Every API call and page asks: one statement over JDBC (a row per role), outside any transaction.
        record Row(String login, String fullName, Long memberId, String memberName, String locale, Instant passwordChangedAt,
                   Role role) {
        }
        List<Row> rows;
        try (NativeReads read = reads.open()) {
            rows = read.list("SELECT u.login, u.full_name, m.id, m.name, u.locale, u.password_changed_at, r.role"
                    + " FROM user_account u LEFT JOIN member m ON m.id = u.member_id LEFT JOIN user_role r ON r.user_id = u.id"
                    + " WHERE u.id = ? AND u.active = TRUE", List.of(userId),
                    row -> new Row(row.getString(1), row.getString(2), (Long) row.getObject(3, Long.class), row.getString(4),
                            row.getString(5), SqlValues.instant(row.getTimestamp(6)),
                            row.getString(7) == null ? null : Role.valueOf(row.getString(7))));
        }
        if (rows.isEmpty() || rows.get(0).passwordChangedAt().isAfter(verifiedAt)) {
            return Optional.empty();
        }
        Row user = rows.get(0);
        Set<Role> roles = rows.stream().map(Row::role).filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return Optional.of(new CallerIdentity(userId, user.login(), user.fullName(), user.memberId(), user.memberName(), roles,
                user.locale()));
    }

    /**
     * The account whose login is exactly this one. The column's collation would also match other
     * spellings (case, trailing spaces, ignorable characters such as NUL): they are filtered out here.
     */
    private Optional<Account> account(String login) {
        return em.createQuery("SELECT u.id, u.login, u.passwordHash, u.active FROM UserAccount u WHERE u.login = :login",
                        Object[].class)
                .setParameter("login", login)
                .getResultList().stream()
                .filter(row -> login.equals(row[1]))
                .map(row -> new Account((Long) row[0], (String) row[2], (Boolean) row[3]))
                .findFirst();
    }

    private record Account(long id, String passwordHash, boolean active) {
    }
}
