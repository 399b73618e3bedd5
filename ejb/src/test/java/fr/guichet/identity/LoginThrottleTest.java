package fr.guichet.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.guichet.identity.LoginThrottle.Series;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final LoginThrottle RULE = LoginThrottle.ACCOUNT;

    @Test
    void fiveAttemptsAreFreeThenDelaysDoubleUpToFifteenMinutes() {
        assertEquals(Duration.ZERO, RULE.delay(4));
        assertEquals(Duration.ofSeconds(1), RULE.delay(5));
        assertEquals(Duration.ofSeconds(2), RULE.delay(6));
        assertEquals(Duration.ofSeconds(4), RULE.delay(7));
        assertEquals(Duration.ofSeconds(512), RULE.delay(14));
        assertEquals(Duration.ofMinutes(15), RULE.delay(15));
        assertEquals(Duration.ofMinutes(15), RULE.delay(1_000), "no overflow");
    }

    @Test
    void anAttemptWithinTheDelayIsRefusedAndTheOwnerWhoWaitsGetsATry() {
        Series series = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertTrue(RULE.admits(series, T0), "attempt " + attempt + " is free");
            series = RULE.count(series, T0);
        }
        assertEquals(Optional.of(T0.plusSeconds(1)), RULE.delayedUntil(series, T0));
        assertFalse(RULE.admits(series, T0.plusMillis(999)));
        assertTrue(RULE.admits(series, T0.plusSeconds(1)), "the delay is short: the owner gets in after it");
    }

    @Test
    void refusedAttemptsAreNotCountedSoNobodyCanExtendTheDelayByHammering() {
        Series series = new Series(6, T0, T0);
        for (int second = 0; second < 2; second++) {
            assertFalse(RULE.admits(series, T0.plusSeconds(second)));
        }
        assertEquals(Optional.empty(), RULE.delayedUntil(series, T0.plusSeconds(2)), "still two seconds after the last counted attempt");
    }

    @Test
    void eachCountedAttemptDoublesTheNextDelay() {
        Series series = RULE.count(new Series(5, T0, T0), T0.plusSeconds(1));
        assertEquals(6, series.attempts());
        assertEquals(Optional.of(T0.plusSeconds(3)), RULE.delayedUntil(series, T0.plusSeconds(1)));
    }

    @Test
    void aSeriesIsForgottenOnceItsWindowHasPassed() {
        Series series = new Series(40, T0, T0.plus(Duration.ofHours(23)));
        Instant nextDay = T0.plus(Duration.ofDays(1));
        assertTrue(RULE.admits(series, nextDay));
        assertEquals(new Series(1, nextDay, nextDay), RULE.count(series, nextDay));
    }

    @Test
    void theAddressRuleLeavesRoomForAWholeTownHall() {
        assertEquals(Duration.ZERO, LoginThrottle.ADDRESS.delay(29));
        assertEquals(Duration.ofSeconds(1), LoginThrottle.ADDRESS.delay(30));
        assertTrue(LoginThrottle.ADDRESS.window().compareTo(RULE.window()) < 0);
    }
}
