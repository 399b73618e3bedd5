package fr.guichet.web.api;

import fr.guichet.common.BusinessRuleException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Parses query parameters whose malformed values must give a clear 4xx, not a server error. */
public final class QueryParams {

    private QueryParams() {
    }

    /** An enumeration value, case-insensitive; a wrong one is a clear 422, not a silent "no filter". */
    public static <E extends Enum<E>> E enumValue(String name, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BusinessRuleException("error.invalidValue", name, value);
        }
    }

    /** An ISO-8601 date-time with offset, e.g. {@code 2026-01-31T08:30:00+01:00}. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException malformed) {
            throw new BusinessRuleException("error.invalidDateTime", name, value);
        }
    }
}
