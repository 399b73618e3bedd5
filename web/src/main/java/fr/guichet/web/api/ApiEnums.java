package fr.guichet.web.api;

import java.util.Locale;

/** How the API writes an enumeration's value: its name in lower case ({@code in_progress}), null staying null. */
public final class ApiEnums {

    private ApiEnums() {
    }

    public static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
