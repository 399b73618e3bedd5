package fr.guichet.ticket;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a ticket's reply address ({@code support+<token>@…}): the ticket id and an HMAC-SHA256 of it
 * under the server secret, truncated to 96 bits, in lowercase hexadecimal (mail servers may change the
 * case of an address). Only who received a mail about the ticket knows it: a reference in a subject can be
 * guessed, a token cannot.
 */
public final class ReplyToken {

    /** Secrets shorter than this are refused: the token is only as strong as the key. */
    public static final int MIN_SECRET_BYTES = 16;
    private static final int MAC_BYTES = 12;
    private static final String ALGORITHM = "HmacSHA256";
    /** No leading zero: one ticket has exactly one token. */
    private static final Pattern FORM = Pattern.compile("([1-9][0-9]{0,17})-([0-9a-f]{" + 2 * MAC_BYTES + "})");

    private final SecretKeySpec key;

    public ReplyToken(byte[] secret) {
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("reply secret shorter than " + MIN_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    public String of(long ticketId) {
        return ticketId + "-" + HexFormat.of().formatHex(mac(ticketId));
    }

    /** The ticket a token was made for, or empty when it was not made with this secret (tampered, forged). */
    public Optional<Long> ticketOf(String token) {
        Matcher parts = FORM.matcher(token == null ? "" : token.toLowerCase(Locale.ROOT));
        if (!parts.matches()) {
            return Optional.empty();
        }
        long ticketId = Long.parseLong(parts.group(1));
        byte[] given = HexFormat.of().parseHex(parts.group(2));
        return MessageDigest.isEqual(mac(ticketId), given) ? Optional.of(ticketId) : Optional.empty();
    }

    private byte[] mac(long ticketId) {
        try {
            Mac hmac = Mac.getInstance(ALGORITHM);
            hmac.init(key);
            return Arrays.copyOf(hmac.doFinal(("guichet-reply-v1:" + ticketId).getBytes(StandardCharsets.US_ASCII)), MAC_BYTES);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
