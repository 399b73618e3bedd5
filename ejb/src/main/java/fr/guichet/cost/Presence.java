package fr.guichet.cost;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Days of a budget year covered by a period (membership or subscription), both ends included. */
public final class Presence {

    private Presence() {
    }

    /** {@code until} null: still running. */
    public static long daysIn(int year, LocalDate since, LocalDate until) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate from = since == null || since.isBefore(first) ? first : since;
        LocalDate to = until == null || until.isAfter(last) ? last : until;
        return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }
}
