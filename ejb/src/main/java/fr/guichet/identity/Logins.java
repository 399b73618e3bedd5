package fr.guichet.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way a typed login becomes the login of an account, for the login form, HTTP Basic and
 * account creation alike. The database compares logins with a lenient collation (case, trailing
 * spaces and ignorable characters such as NUL do not count), so accounts are matched only on the exact
 * result of this function, never on what the database considers equal.
 */
public final class Logins {

    /** Longer than any account's login (the column holds 100 characters): refused before any lookup. */
    static final int MAX_LENGTH = 100;

    private Logins() {
    }

    /**
     * The login as stored: surrounding spaces removed, NFC, lower case. Empty when the text cannot be a
     * login: missing, blank, too long, or holding a control or formatting character (NUL, line or
     * paragraph separators, zero-width characters...), which are refused rather than silently dropped.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.codePoints().anyMatch(Logins::forbidden)) {
            return Optional.empty();
        }
        String login = Normalizer.normalize(typed.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        return login.isEmpty() || login.length() > MAX_LENGTH ? Optional.empty() : Optional.of(login);
    }

    private static boolean forbidden(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isISOControl(codePoint) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
    }
}
