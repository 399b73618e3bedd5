package fr.guichet.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A service-level target running in business time, stopped while the ticket waits for its requester.
 * Pauses are given as they happened; an open pause (still waiting) freezes the clock.
 */
public final class SlaClock {

    /** The clock stood still from {@code from} until {@code until} ({@code null}: still standing). */
    public record Pause(Instant from, Instant until) {
        public boolean isOpen() {
            return until == null;
        }
    }

    private final BusinessCalendar calendar;

    public SlaClock(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /** When the target falls due, or empty while the clock is paused. */
    public Optional<Instant> due(Instant start, long targetMinutes, List<Pause> pauses) {
        Duration remaining = Duration.ofMinutes(targetMinutes);
        Instant cursor = start;
        for (Pause pause : sorted(pauses)) {
            if (pause.from().isAfter(cursor)) {
                Duration available = calendar.businessTimeBetween(cursor, pause.from());
                if (remaining.compareTo(available) <= 0) {
                    return Optional.of(calendar.addBusinessTime(cursor, remaining));
                }
                remaining = remaining.minus(available);
            }
            if (pause.isOpen()) {
                return Optional.empty();
            }
            if (pause.until().isAfter(cursor)) {
                cursor = pause.until();
            }
        }
        return Optional.of(calendar.addBusinessTime(cursor, remaining));
    }

    /** Business time the target has consumed by {@code now}, pauses left out. */
    public Duration elapsed(Instant start, Instant now, List<Pause> pauses) {
        Duration elapsed = Duration.ZERO;
        Instant cursor = start;
        for (Pause pause : sorted(pauses)) {
            Instant pauseStart = pause.from().isBefore(now) ? pause.from() : now;
            if (pauseStart.isAfter(cursor)) {
                elapsed = elapsed.plus(calendar.businessTimeBetween(cursor, pauseStart));
            }
            Instant pauseEnd = pause.isOpen() || pause.until().isAfter(now) ? now : pause.until();
            if (pauseEnd.isAfter(cursor)) {
                cursor = pauseEnd;
            }
        }
        return now.isAfter(cursor) ? elapsed.plus(calendar.businessTimeBetween(cursor, now)) : elapsed;
    }

    private static List<Pause> sorted(List<Pause> pauses) {
        return pauses.stream().sorted(Comparator.comparing(Pause::from)).toList();
    }
}
