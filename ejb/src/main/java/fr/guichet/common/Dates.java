package fr.guichet.common;

import java.time.LocalDate;

/**
 * The days a user may enter. Java reads years up to ±999 999 999 and MariaDB stores 1000 to 9999; a
 * narrower, plausible range keeps every date arithmetic (periods, pro rata, SLA calendars) in known years.
 */
public final class Dates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2999, 12, 31);

    private Dates() {
    }

    public static boolean withinInputBounds(LocalDate day) {
        return day == null || !day.isBefore(FIRST) && !day.isAfter(LAST);
    }

    public static boolean withinInputBounds(int year) {
        return year >= FIRST.getYear() && year <= LAST.getYear();
    }
}
