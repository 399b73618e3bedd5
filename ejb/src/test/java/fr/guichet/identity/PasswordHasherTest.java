package fr.guichet.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashVerifiesTheSamePasswordOnly() {
        String hash = hasher.hash("Motdepasse-2026".toCharArray());
        assertTrue(hasher.verify("Motdepasse-2026".toCharArray(), hash));
        assertFalse(hasher.verify("motdepasse-2026".toCharArray(), hash));
        assertFalse(hasher.verify("".toCharArray(), hash));
    }

    @Test
    void hashUsesThePbkdf2FormatWithARandomSalt() {
        String first = hasher.hash("secret-123".toCharArray());
        String second = hasher.hash("secret-123".toCharArray());
        assertTrue(first.startsWith("PBKDF2WithHmacSHA256:" + PasswordHasher.ITERATIONS + ":"), first);
        assertEquals(4, first.split(":").length);
        assertNotEquals(first, second, "each hash has its own salt");
    }

    @Test
    void malformedOrForeignHashesNeverVerify() {
        assertFalse(hasher.verify("x".toCharArray(), null));
        assertFalse(hasher.verify("x".toCharArray(), "plain-text"));
        assertFalse(hasher.verify("x".toCharArray(), "MD5:1:abc:def"));
        assertFalse(hasher.verify("x".toCharArray(), "PBKDF2WithHmacSHA256:nope:abc:def"));
        assertFalse(hasher.verify("x".toCharArray(), "PBKDF2WithHmacSHA256:1000:%%%:def"));
    }

    @Test
    void demoDataHashIsTheDocumentedDemoPassword() throws IOException {
        String sql = Files.readString(Path.of("../sql/demo/V1__members_and_users.sql"));
        Matcher demo = Pattern.compile("SET @demo_password = '([^']+)'").matcher(sql);
        assertTrue(demo.find());
        assertTrue(hasher.verify("Demo-2026".toCharArray(), demo.group(1)));
    }

    @Test
    void digestIsStableHexSha256() {
        assertEquals("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", PasswordHasher.digest("hello"));
    }
}
