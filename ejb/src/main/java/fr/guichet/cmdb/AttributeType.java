package fr.guichet.cmdb;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** What an attribute's value must look like. Values are plain text of at most 200 characters, no control character. */
public enum AttributeType {
    TEXT("[^\\p{Cntrl}]{1,200}"),
    /** A whole number written in digits only: no sign, exponent or decimal part (a mailbox count, a bandwidth). */
    COUNT("[0-9]{1,9}"),
    VERSION("[0-9A-Za-z][0-9A-Za-z._+-]{0,49}"),
    HOSTNAME("(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"),
    DOMAIN("(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}"),
    IP_ADDRESS("(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
            + "|(?=.*:.*:)[0-9A-Fa-f:.]{2,45}"),
    URL("https?://[^\\s\\p{Cntrl}]{1,190}");

    private final Pattern pattern;

    AttributeType(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    public boolean accepts(String value) {
        if (value == null || !pattern.matcher(value).matches()) {
            return false;
        }
        return this != URL || hasHost(value);
    }

    private static boolean hasHost(String value) {
        try {
            return new URI(value).getHost() != null;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }
}
