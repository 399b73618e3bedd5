package fr.guichet.web.security;

import fr.guichet.identity.PasswordHasher;
import fr.guichet.security.CallerIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

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

    /** How long a request waits for the same credentials' check made by another one. */
    private static final Duration CHECK_WAIT = Duration.ofSeconds(30);

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Optional<CallerIdentity>>> checking = new ConcurrentHashMap<>();

    public Optional<Verified> lookup(BasicCredentials credentials) {
        Verified hit = verified.get(key(credentials));
        if (hit == null || hit.verifiedAt().plus(TTL).isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(hit);
    }

    /**
     * Runs {@code check} (the slow password verification, which also counts the attempt against the login's and
     * the address's throttles) once for credentials that several requests bring at the same moment: an API client
     * opening eight connections would otherwise count eight attempts and be slowed down by its own first calls.
     * The other requests wait for that one check and share its outcome; a success is remembered.
     */
    public Optional<CallerIdentity> verifyOnce(BasicCredentials credentials, Supplier<Optional<CallerIdentity>> check) {
        String key = key(credentials);
        CompletableFuture<Optional<CallerIdentity>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<CallerIdentity>> running = checking.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.get(CHECK_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException failed) {
                return Optional.empty();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        try {
            Optional<CallerIdentity> outcome = check.get();
            outcome.ifPresent(identity -> remember(key, identity.userId()));
            mine.complete(outcome);
            return outcome;
        } catch (RuntimeException failure) {
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            checking.remove(key, mine);
        }
    }

    private void remember(String key, long userId) {
        if (verified.size() >= MAX_ENTRIES) {
            evictExpired();
        }
        if (verified.size() < MAX_ENTRIES) {
            verified.put(key, new Verified(userId, Instant.now()));
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
