package fr.guichet.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * API token secrets: {@code gui_} and 43 base64url characters (256 random bits), kept as their SHA-256 digest. A
 * string that is not shaped like a token is refused before any lookup.
 */
public final class TokenSecrets {

    static final String MARK = "gui_";
    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The digest a presented token is looked up by; empty when it cannot be a token. */
    public static Optional<String> digestOf(String presented) {
        if (presented == null || !presented.matches(MARK + "[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(presented.getBytes(StandardCharsets.US_ASCII))));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** What a list shows to recognise a token: its first characters. */
    public static String prefixOf(String secret) {
        return secret.substring(0, 10);
    }
}
