package fr.guichet.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.security.Role;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static UserAccount staff() {
        return new UserAccount("tech9", "Tech Neuf", "tech9@sitiv.example.fr", null, Set.of(Role.TECHNICIAN), "hash", NOW);
    }

    @Test
    void passwordChangeDatesTheChange() {
        UserAccount user = staff();
        Instant later = NOW.plusSeconds(60);
        user.changePassword("new-hash", later);
        assertEquals("new-hash", user.getPasswordHash());
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
