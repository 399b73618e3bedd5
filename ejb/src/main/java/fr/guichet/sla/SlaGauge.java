package fr.guichet.sla;

import java.time.Instant;

/**
 * How a ticket stands against its resolution target, as queues show it: the business time left (negative
 * once late) and a level for the colour. The last quarter of a target is the warning zone, as for the
 * watch's 75 % mail.
 */
public record SlaGauge(Level level, long remainingMinutes) {

    /** Colour of a queue line. */
    public enum Level {
        ON_TRACK, AT_RISK, BREACHED, PAUSED, DONE
    }

    /**
     * @param due      resolution due date, {@code null} while the clock stands still
     * @param open     false once resolved or closed
     * @param breached the breach mark kept on the ticket
     */
    public static SlaGauge of(BusinessCalendar calendar, Instant due, int targetMinutes, boolean open, boolean breached,
                              Instant now) {
        if (!open) {
            return new SlaGauge(breached ? Level.BREACHED : Level.DONE, 0);
        }
        if (due == null) {
            return new SlaGauge(Level.PAUSED, 0);
        }
        long remaining = due.isAfter(now) ? calendar.businessMinutesBetween(now, due) : -calendar.businessMinutesBetween(due, now);
        if (breached || !due.isAfter(now)) {
            return new SlaGauge(Level.BREACHED, remaining);
        }
        return new SlaGauge(remaining * 4 <= targetMinutes ? Level.AT_RISK : Level.ON_TRACK, remaining);
    }
}
