package fr.guichet.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static UserAccount staff() {
        return new UserAccount("tech9", "Tech Neuf", "tech9@sitiv.example.fr", null, Set.of(Role.TECHNICIAN), "hash", NOW);
    }

    @Test
    void fifthConsecutiveFailureLocksForFifteenMinutes() {
        UserAccount user = staff();
        for (int failure = 1; failure < LoginLockout.MAX_FAILURES; failure++) {
            assertFalse(user.recordFailedLogin(NOW), "failure " + failure + " does not lock");
        }
        assertTrue(user.recordFailedLogin(NOW));
        assertTrue(user.isLockedAt(NOW.plus(Duration.ofMinutes(14))));
        assertFalse(user.isLockedAt(NOW.plus(Duration.ofMinutes(15))), "the lock ends after 15 minutes");
    }

    @Test
    void successResetsTheFailureCount() {
        UserAccount user = staff();
        for (int failure = 1; failure < LoginLockout.MAX_FAILURES; failure++) {
            user.recordFailedLogin(NOW);
        }
        user.recordSuccessfulLogin(NOW);
        assertEquals(0, user.getFailedAttempts());
        assertFalse(user.recordFailedLogin(NOW), "counting starts again from zero");
        assertEquals(NOW, user.getLastLoginAt());
    }

    @Test
    void passwordChangeLiftsTheLockAndDatesTheChange() {
        UserAccount user = staff();
        for (int failure = 0; failure < LoginLockout.MAX_FAILURES; failure++) {
            user.recordFailedLogin(NOW);
        }
        Instant later = NOW.plusSeconds(60);
        user.changePassword("new-hash", later);
        assertFalse(user.isLockedAt(later));
        assertNull(user.getLockedUntil());
        assertEquals(later, user.getPasswordChangedAt());
    }

    @Test
    void staffAccountCannotHoldMemberRoles() {
        assertThrows(BusinessRuleException.class, () ->
                new UserAccount("x", "X", "x@sitiv.example.fr", null, Set.of(Role.AGENT), "hash", NOW));
    }

    @Test
    void snapshotNeverContainsThePasswordHash() {
        assertFalse(staff().snapshot().containsValue("hash"));
        assertFalse(staff().snapshot().containsKey("passwordHash"));
    }
}
