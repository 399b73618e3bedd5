package fr.guichet.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String header(String raw) {
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parsesLoginAndPasswordWithColonsAndAccents() {
        BasicCredentials credentials = BasicCredentials.parse(header("givors.agent1:mot:de:passé")).orElseThrow();
        assertEquals("givors.agent1", credentials.login());
        assertEquals("mot:de:passé", credentials.password());
        assertTrue(BasicCredentials.parse("basic " + header("a:b").substring(6)).isPresent(), "scheme is case-insensitive");
    }

    @Test
    void rejectsOtherSchemesAndGarbage() {
        assertTrue(BasicCredentials.parse(null).isEmpty());
        assertTrue(BasicCredentials.parse("Bearer abc").isEmpty());
        assertTrue(BasicCredentials.parse("Basic %%%").isEmpty());
        assertTrue(BasicCredentials.parse(header("no-colon")).isEmpty());
        assertTrue(BasicCredentials.parse(header(":password-without-login")).isEmpty());
    }
}
