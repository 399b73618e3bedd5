package fr.guichet.web.api;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.Dates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Parses parameters whose malformed or extreme values must give a clear 4xx, not a server error: dates
 * and years are read within {@link Dates}' years (Java reads year 999 999 999, the database does not).
 */
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
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException malformed) {
            throw new BusinessRuleException("error.invalidDateTime", name, value);
        }
        // Checked on the day as written: moving year -999 999 999 to UTC would itself overflow.
        if (!Dates.withinInputBounds(parsed.toLocalDate())) {
            throw outOfRange(name, value);
        }
        return parsed.toInstant();
    }

    /** A day as AAAA-MM-JJ, or {@code otherwise} when absent. */
    public static LocalDate date(String name, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            throw new BusinessRuleException("error.invalidDate", name, value);
        }
        if (!Dates.withinInputBounds(day)) {
            throw outOfRange(name, value);
        }
        return day;
    }

    /** A year within the years a user may enter. */
    public static int year(String name, int year) {
        if (!Dates.withinInputBounds(year)) {
            throw outOfRange(name, String.valueOf(year));
        }
        return year;
    }

    private static BusinessRuleException outOfRange(String name, String value) {
        return new BusinessRuleException("error.dateOutOfRange", name, value, Dates.FIRST.toString(), Dates.LAST.toString());
    }
}
