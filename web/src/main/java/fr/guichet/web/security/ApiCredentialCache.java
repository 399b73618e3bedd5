package fr.guichet.web.security;

import fr.guichet.identity.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a few minutes, that a Basic login/password pair was verified, so an API client does
 * not pay the (deliberately slow) PBKDF2 check on every request. Keys are SHA-256 digests, never the
 * password. A hit is only a hint: the account is re-read on every request and a password changed,
 * lockout or deactivation since the verification makes it void, on every node of a cluster.
 */
@ApplicationScoped
public class ApiCredentialCache {

    private static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 50_000;

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public Optional<Verified> lookup(BasicCredentials credentials) {
        Verified hit = verified.get(key(credentials));
        if (hit == null || hit.verifiedAt().plus(TTL).isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(hit);
    }

    public void remember(BasicCredentials credentials, long userId) {
        if (verified.size() >= MAX_ENTRIES) {
            evictExpired();
        }
        if (verified.size() < MAX_ENTRIES) {
            verified.put(key(credentials), new Verified(userId, Instant.now()));
        }
    }

    private void evictExpired() {
        Instant oldest = Instant.now().minus(TTL);
        for (Iterator<Verified> it = verified.values().iterator(); it.hasNext(); ) {
            if (it.next().verifiedAt().isBefore(oldest)) {
                it.remove();
            }
        }
    }

    private static String key(BasicCredentials credentials) {
        return PasswordHasher.digest(credentials.login() + '\u0000' + credentials.password());
    }

    public record Verified(long userId, Instant verifiedAt) {
    }
}
