package fr.guichet.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretsTest {

    @Test
    void aSecretCarries256RandomBitsAndIsKeptAsItsDigestOnly() {
        String secret = TokenSecrets.newSecret();
        assertTrue(secret.matches("gui_[A-Za-z0-9_-]{43}"), secret);
        String digest = TokenSecrets.digestOf(secret).orElseThrow();
        assertEquals(64, digest.length());
        assertTrue(!digest.contains(secret.substring(4)), "the digest does not hold the secret");
        assertEquals(digest, TokenSecrets.digestOf(secret).orElseThrow(), "the same token, the same digest");
        assertNotEquals(digest, TokenSecrets.digestOf(TokenSecrets.newSecret()).orElseThrow());
        Set<String> many = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            many.add(TokenSecrets.newSecret());
        }
        assertEquals(1000, many.size());
        assertEquals(secret.substring(0, 10), TokenSecrets.prefixOf(secret));
    }

    @Test
    void whatIsNotShapedLikeATokenIsRefusedBeforeAnyLookup() {
        assertEquals(Optional.empty(), TokenSecrets.digestOf(null));
        assertEquals(Optional.empty(), TokenSecrets.digestOf("Demo-2026"));
        assertEquals(Optional.empty(), TokenSecrets.digestOf("gui_" + "a".repeat(42)));
        assertEquals(Optional.empty(), TokenSecrets.digestOf("gui_" + "a".repeat(42) + "\u0000"));
        assertEquals(Optional.empty(), TokenSecrets.digestOf("gui_" + "a".repeat(43) + " "));
    }
}
