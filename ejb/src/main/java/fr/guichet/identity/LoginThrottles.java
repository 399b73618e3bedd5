package fr.guichet.identity;

import fr.guichet.common.SqlValues;
import fr.guichet.identity.LoginThrottle.Series;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The counted login attempts, per login and per client address, in {@code login_throttle} (shared by
 * every node of a cluster). Subjects are stored as SHA-256 digests: neither typed logins, which may be
 * anything, nor client addresses are kept in clear. Logins that match no account are counted like the
 * others, so a slowed-down answer tells nothing about whether an account exists.
 */
@Stateless
public class LoginThrottles {

    /** Rows are locked in this order (ACCOUNT, then ADDRESS) by every transaction, so two never deadlock. */
    enum Kind {
        ACCOUNT(LoginThrottle.ACCOUNT), ADDRESS(LoginThrottle.ADDRESS);

        final LoginThrottle rule;

        Kind(LoginThrottle rule) {
            this.rule = rule;
        }
    }

    /**
     * An address a login succeeded from lately: a stranger's failures, which slow the login down everywhere
     * else, never keep its owner out from there (the address's own limit still applies).
     */
    private static final String KNOWN = "KNOWN";
    static final Duration KNOWN_FOR = Duration.ofDays(30);

    /** Whether the password may be checked, and how many attempts the login's series counts with this one. */
    public record Admission(boolean admitted, int accountAttempts) {
    }

    private record Key(Kind kind, String subject) {
    }

    @PersistenceContext
    private EntityManager em;

    /**
     * Counts an attempt against the login (when it can be one) and the address, unless either is being
     * slowed down: then nothing is counted and the password must not be checked. The rows stay locked
     * only for this short transaction, never while a password is hashed.
     */
    public Admission admit(Optional<String> login, String address, Instant now) {
        List<Key> keys = new ArrayList<>();
        login.ifPresent(l -> keys.add(new Key(Kind.ACCOUNT, PasswordHasher.digest(l))));
        keys.add(new Key(Kind.ADDRESS, PasswordHasher.digest(address == null ? "" : address)));
        Map<Key, Series> current = new HashMap<>();
        for (Key key : keys) {
            current.put(key, locked(key, now));
        }
        boolean knownAddress = login.isPresent() && known(login.get(), address, now);
        if (!keys.stream().allMatch(key -> knownAddress && key.kind() == Kind.ACCOUNT
                || key.kind().rule.admits(current.get(key), now))) {
            return new Admission(false, 0);
        }
        int accountAttempts = 0;
        for (Key key : keys) {
            Series counted = key.kind().rule.count(current.get(key), now);
            write(key, counted);
            if (key.kind() == Kind.ACCOUNT) {
                accountAttempts = counted.attempts();
            }
        }
        return new Admission(true, accountAttempts);
    }

    /** A successful login: the login's series ends, and the address is not held to the attempt. */
    public void succeeded(String login, String address) {
        clear(login);
        Instant now = Instant.now();
        em.createNativeQuery("INSERT INTO login_throttle (kind, subject, attempts, window_start, last_attempt_at)"
                        + " VALUES (?, ?, 0, ?, ?) ON DUPLICATE KEY UPDATE last_attempt_at = VALUES(last_attempt_at)")
                .setParameter(1, KNOWN).setParameter(2, knownSubject(login, address))
                .setParameter(3, SqlValues.timestamp(now)).setParameter(4, SqlValues.timestamp(now))
                .executeUpdate();
        em.createNativeQuery("UPDATE login_throttle SET attempts = GREATEST(attempts - 1, 0) WHERE kind = ? AND subject = ?")
                .setParameter(1, Kind.ADDRESS.name())
                .setParameter(2, PasswordHasher.digest(address == null ? "" : address))
                .executeUpdate();
    }

    /** Ends the login's series (a success, an administrator's unlock, a new password). */
    public void clear(String login) {
        em.createNativeQuery("DELETE FROM login_throttle WHERE kind = ? AND subject = ?")
                .setParameter(1, Kind.ACCOUNT.name())
                .setParameter(2, PasswordHasher.digest(login))
                .executeUpdate();
    }

    /** The logins among these whose attempts are being slowed down now, with the end of their delay. */
    public Map<String, Instant> delayedUntil(Collection<String> logins, Instant now) {
        if (logins.isEmpty()) {
            return Map.of();
        }
        Map<String, String> byDigest = logins.stream().distinct()
                .collect(Collectors.toMap(PasswordHasher::digest, Function.identity()));
        List<String> digests = List.copyOf(byDigest.keySet());
        Query query = em.createNativeQuery("SELECT subject, attempts, window_start, last_attempt_at FROM login_throttle"
                        + " WHERE kind = ? AND subject IN (" + String.join(", ", digests.stream().map(d -> "?").toList()) + ")")
                .setParameter(1, Kind.ACCOUNT.name());
        for (int i = 0; i < digests.size(); i++) {
            query.setParameter(i + 2, digests.get(i));
        }
        List<?> rows = query.getResultList();
        Map<String, Instant> delayed = new HashMap<>();
        for (Object row : rows) {
            Object[] values = (Object[]) row;
            Series series = new Series(((Number) values[1]).intValue(), SqlValues.instant(values[2]), SqlValues.instant(values[3]));
            LoginThrottle.ACCOUNT.delayedUntil(series, now)
                    .ifPresent(until -> delayed.put(byDigest.get((String) values[0]), until));
        }
        return delayed;
    }

    public Optional<Instant> delayedUntil(String login, Instant now) {
        return Optional.ofNullable(delayedUntil(List.of(login), now).get(login));
    }

    /** Forgets series that no rule looks at any more (both nodes of a cluster may run it: it is idempotent). */
    @Schedule(hour = "*", minute = "41", persistent = false)
    void sweep() {
        Instant now = Instant.now();
        em.createNativeQuery("DELETE FROM login_throttle WHERE last_attempt_at < ? AND (kind <> ? OR last_attempt_at < ?)")
                .setParameter(1, SqlValues.timestamp(now.minus(LoginThrottle.FORGOTTEN_AFTER)))
                .setParameter(2, KNOWN)
                .setParameter(3, SqlValues.timestamp(now.minus(KNOWN_FOR)))
                .executeUpdate();
    }

    private boolean known(String login, String address, Instant now) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM login_throttle WHERE kind = ? AND subject = ?"
                        + " AND last_attempt_at >= ?")
                .setParameter(1, KNOWN).setParameter(2, knownSubject(login, address))
                .setParameter(3, SqlValues.timestamp(now.minus(KNOWN_FOR)))
                .getSingleResult()).longValue() > 0;
    }

    /** A normalised login never holds a NUL, so the pair cannot be forged from another login and address. */
    private static String knownSubject(String login, String address) {
        return PasswordHasher.digest(login + '\0' + (address == null ? "" : address));
    }

    /** The key's series, its row created if need be and locked until the transaction ends. */
    private Series locked(Key key, Instant now) {
        em.createNativeQuery("INSERT INTO login_throttle (kind, subject, attempts, window_start, last_attempt_at)"
                        + " VALUES (?, ?, 0, ?, ?) ON DUPLICATE KEY UPDATE attempts = attempts")
                .setParameter(1, key.kind().name()).setParameter(2, key.subject())
                .setParameter(3, SqlValues.timestamp(now)).setParameter(4, SqlValues.timestamp(now))
                .executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("SELECT attempts, window_start, last_attempt_at FROM login_throttle"
                        + " WHERE kind = ? AND subject = ? FOR UPDATE")
                .setParameter(1, key.kind().name()).setParameter(2, key.subject())
                .getSingleResult();
        return new Series(((Number) row[0]).intValue(), SqlValues.instant(row[1]), SqlValues.instant(row[2]));
    }

    private void write(Key key, Series series) {
        em.createNativeQuery("UPDATE login_throttle SET attempts = ?, window_start = ?, last_attempt_at = ?"
                        + " WHERE kind = ? AND subject = ?")
                .setParameter(1, series.attempts())
                .setParameter(2, SqlValues.timestamp(series.windowStart()))
                .setParameter(3, SqlValues.timestamp(series.lastAttempt()))
                .setParameter(4, key.kind().name()).setParameter(5, key.subject())
                .executeUpdate();
    }
}
