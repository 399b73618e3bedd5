package fr.guichet.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Reads the values of native query rows, whose Java types depend on the driver. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A DATETIME column as an instant (stored in UTC through the JVM's zone, as {@link InstantConverter} writes it). */
    public static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof LocalDateTime local ? Timestamp.valueOf(local).toInstant() : null;
    }

    /** An instant as a native query parameter, written the way {@link InstantConverter} stores it. */
    public static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** A DATE column, as the driver gives it. */
    public static LocalDate date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** A BOOLEAN (TINYINT) column or expression. */
    public static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
