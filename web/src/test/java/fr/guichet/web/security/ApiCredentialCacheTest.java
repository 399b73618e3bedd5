package fr.guichet.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ApiCredentialCacheTest {

    private static final CallerIdentity AGENT = new CallerIdentity(7, "corbas.agent1", "Agent", 3L, "Corbas", Set.of(Role.AGENT), "fr");
    private static final BasicCredentials CREDENTIALS = new BasicCredentials("corbas.agent1", "Demo-2026");

    @Test
    void requestsBringingTheSameCredentialsAtOnceShareOneCheck() throws Exception {
        ApiCredentialCache cache = new ApiCredentialCache();
        AtomicInteger checks = new AtomicInteger();
        CountDownLatch allStarted = new CountDownLatch(8);
        ExecutorService requests = Executors.newFixedThreadPool(8);
        try {
            List<Future<Optional<CallerIdentity>>> outcomes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                outcomes.add(requests.submit(() -> {
                    allStarted.countDown();
                    allStarted.await();
                    return cache.verifyOnce(CREDENTIALS, () -> {
                        checks.incrementAndGet();
                        sleep();
                        return Optional.of(AGENT);
                    });
                }));
            }
            for (Future<Optional<CallerIdentity>> outcome : outcomes) {
                assertEquals(Optional.of(AGENT), outcome.get(10, TimeUnit.SECONDS));
            }
        } finally {
            requests.shutdownNow();
        }
        assertEquals(1, checks.get(), "one password check, counted once by the throttles");
        assertEquals(7L, cache.lookup(CREDENTIALS).orElseThrow().userId(), "and remembered");
    }

    @Test
    void aRefusalIsNotRememberedAndTheNextRequestChecksAgain() {
        ApiCredentialCache cache = new ApiCredentialCache();
        AtomicInteger checks = new AtomicInteger();
        assertTrue(cache.verifyOnce(CREDENTIALS, () -> {
            checks.incrementAndGet();
            return Optional.empty();
        }).isEmpty());
        assertTrue(cache.lookup(CREDENTIALS).isEmpty());
        cache.verifyOnce(CREDENTIALS, () -> {
            checks.incrementAndGet();
            return Optional.of(AGENT);
        });
        assertEquals(2, checks.get());
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
