package fr.guichet.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlaGaugeTest {

    private static final BusinessCalendar STANDARD = BusinessCalendar.standard();
    /** Tuesday 24 November 2026, 10:00 Paris. */
    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void plentyOfTimeLeftIsOnTrack() {
        SlaGauge gauge = SlaGauge.of(STANDARD, Instant.parse("2026-11-24T15:00:00Z"), 450, true, false, NOW);
        assertEquals(SlaGauge.Level.ON_TRACK, gauge.level());
        assertEquals(120 + 150, gauge.remainingMinutes(), "10:00–12:00, 13:30–16:00 Paris, lunch left out");
    }

    @Test
    void theLastQuarterIsAtRisk() {
        SlaGauge gauge = SlaGauge.of(STANDARD, Instant.parse("2026-11-24T10:00:00Z"), 240, true, false, NOW);
        assertEquals(SlaGauge.Level.AT_RISK, gauge.level());
        assertEquals(60, gauge.remainingMinutes());
    }

    @Test
    void pastTheDueDateIsBreachedWithNegativeTimeLeft() {
        SlaGauge gauge = SlaGauge.of(STANDARD, Instant.parse("2026-11-23T16:00:00Z"), 240, true, false, NOW);
        assertEquals(SlaGauge.Level.BREACHED, gauge.level());
        assertEquals(-(30 + 90), gauge.remainingMinutes(), "late by Monday 17:00–17:30 and Tuesday 08:30–10:00");
    }

    @Test
    void waitingAndFinishedTicketsHaveNoClock() {
        assertEquals(SlaGauge.Level.PAUSED, SlaGauge.of(STANDARD, null, 240, true, false, NOW).level());
        assertEquals(SlaGauge.Level.DONE, SlaGauge.of(STANDARD, NOW, 240, false, false, NOW).level());
        assertEquals(SlaGauge.Level.BREACHED, SlaGauge.of(STANDARD, NOW, 240, false, true, NOW).level());
    }
}
