package fr.guichet.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    private final SlaClock clock = new SlaClock(BusinessCalendar.standard());

    private static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }

    private static SlaClock.Pause pause(String from, String until) {
        return new SlaClock.Pause(at(from), until == null ? null : at(until));
    }

    @Test
    void withoutPauseTheDueDateIsTheCalendars() {
        assertEquals(Optional.of(at("2026-11-23T14:00:00+01:00")),
                clock.due(at("2026-11-23T11:30:00+01:00"), 60, List.of()));
    }

    @Test
    void aPauseAcrossTheNightPushesTheDueDateByTheBusinessTimeItCovered() {
        // 4 h target from Monday 09:00; waiting for the requester from 10:00 to Tuesday 10:00 (one business day)
        Optional<Instant> due = clock.due(at("2026-11-23T09:00:00+01:00"), 240,
                List.of(pause("2026-11-23T10:00:00+01:00", "2026-11-24T10:00:00+01:00")));
        assertEquals(Optional.of(at("2026-11-24T14:30:00+01:00")), due);
    }

    @Test
    void aPauseOverAHolidayWeekendCostsNothingExtra() {
        Optional<Instant> due = clock.due(at("2026-12-24T16:30:00+01:00"), 120,
                List.of(pause("2026-12-24T17:00:00+01:00", "2026-12-28T08:00:00+01:00")));
        assertEquals(Optional.of(at("2026-12-28T10:00:00+01:00")), due);
    }

    @Test
    void anOpenPauseFreezesTheClock() {
        assertTrue(clock.due(at("2026-11-23T09:00:00+01:00"), 240,
                List.of(pause("2026-11-23T10:00:00+01:00", null))).isEmpty());
    }

    @Test
    void pausesAfterTheDueDateChangeNothing() {
        assertEquals(Optional.of(at("2026-11-23T10:00:00+01:00")), clock.due(at("2026-11-23T09:00:00+01:00"), 60,
                List.of(pause("2026-11-23T11:00:00+01:00", "2026-11-23T15:00:00+01:00"))));
    }

    @Test
    void severalPausesInAnyOrderAddUp() {
        Optional<Instant> due = clock.due(at("2026-11-23T09:00:00+01:00"), 120, List.of(
                pause("2026-11-23T10:30:00+01:00", "2026-11-23T11:00:00+01:00"),
                pause("2026-11-23T09:30:00+01:00", "2026-11-23T10:00:00+01:00")));
        assertEquals(Optional.of(at("2026-11-23T12:00:00+01:00")), due);
    }

    @Test
    void elapsedTimeLeavesPausesOutAndStopsAtNow() {
        Instant start = at("2026-11-23T09:00:00+01:00");
        List<SlaClock.Pause> pauses = List.of(pause("2026-11-23T10:00:00+01:00", "2026-11-23T11:00:00+01:00"));
        assertEquals(Duration.ofMinutes(120), clock.elapsed(start, at("2026-11-23T12:00:00+01:00"), pauses));
        assertEquals(Duration.ofMinutes(60), clock.elapsed(start, at("2026-11-23T10:30:00+01:00"), pauses));
        assertEquals(Duration.ofMinutes(60), clock.elapsed(start, at("2026-11-23T17:00:00+01:00"),
                List.of(pause("2026-11-23T10:00:00+01:00", null))), "an open pause stops the count");
    }
}
