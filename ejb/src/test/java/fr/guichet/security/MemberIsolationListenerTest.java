package fr.guichet.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

class MemberIsolationListenerTest {

    private final MemberIsolationListener listener = new MemberIsolationListener();

    @Test
    void ignoresEntitiesThatHoldNoMemberData() {
        assertDoesNotThrow(() -> listener.checkScope(new Object()));
        assertDoesNotThrow(() -> listener.checkScope((MemberOwned) () -> null));
    }
}
