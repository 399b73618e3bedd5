package fr.guichet.report;

import java.io.Serializable;

/** Tickets still open, for one priority, by age: under a day, a week, a month, and older. */
public record OpenTickets(String priority, long underADay, long underAWeek, long underAMonth, long older)
        implements Serializable {

    public long total() {
        return underADay + underAWeek + underAMonth + older;
    }
}
