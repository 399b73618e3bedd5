package fr.guichet.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final BusinessCalendar standard = BusinessCalendar.standard();
    private final BusinessCalendar always = BusinessCalendar.twentyFourSeven();

    private static Instant at(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant();
    }

    private void assertDue(String from, long minutes, String due) {
        assertEquals(at(due), standard.addBusinessMinutes(at(from), minutes), from + " + " + minutes);
    }

    @Test
    void withinTheMorning() {
        assertDue("2026-11-23T09:00:00+01:00", 60, "2026-11-23T10:00:00+01:00");
    }

    @Test
    void lunchBreakIsSkipped() {
        assertDue("2026-11-23T11:30:00+01:00", 60, "2026-11-23T14:00:00+01:00");
        assertDue("2026-11-23T12:30:00+01:00", 30, "2026-11-23T14:00:00+01:00");
    }

    @Test
    void createdOutsideHoursStartsAtTheNextOpening() {
        assertDue("2026-11-23T07:00:00+01:00", 30, "2026-11-23T09:00:00+01:00");
        assertDue("2026-11-23T18:00:00+01:00", 30, "2026-11-24T09:00:00+01:00");
        assertDue("2026-11-22T10:00:00+01:00", 30, "2026-11-23T09:00:00+01:00");
    }

    @Test
    void periodsEndExactlyAndADayHoldsSevenAndAHalfHours() {
        assertDue("2026-11-23T08:30:00+01:00", 210, "2026-11-23T12:00:00+01:00");
        assertDue("2026-11-23T08:30:00+01:00", 450, "2026-11-23T17:30:00+01:00");
        assertDue("2026-11-23T08:30:00+01:00", 451, "2026-11-24T08:31:00+01:00");
    }

    @Test
    void weekendsAreSkipped() {
        assertDue("2026-11-20T17:00:00+01:00", 60, "2026-11-23T09:00:00+01:00");
    }

    @Test
    void publicHolidaysAreSkipped() {
        assertDue("2026-12-24T17:00:00+01:00", 60, "2026-12-28T09:00:00+01:00");
        assertDue("2026-05-13T17:00:00+02:00", 60, "2026-05-15T09:00:00+02:00");
        assertDue("2027-03-26T17:00:00+01:00", 60, "2027-03-30T09:00:00+02:00");
    }

    @Test
    void extraClosureDaysAreSkipped() {
        BusinessCalendar closedOnChristmasEve = BusinessCalendar.of("mairie", PARIS, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of(new BusinessCalendar.Period(LocalTime.of(8, 30), LocalTime.of(12, 0)),
                        new BusinessCalendar.Period(LocalTime.of(13, 30), LocalTime.of(17, 30))),
                Set.of(LocalDate.of(2026, 12, 24)), true);
        assertEquals(at("2026-12-28T09:00:00+01:00"),
                closedOnChristmasEve.addBusinessMinutes(at("2026-12-23T17:00:00+01:00"), 60));
    }

    @Test
    void daylightSavingWeekendsKeepWorkingHoursInLocalTime() {
        assertDue("2026-10-23T17:00:00+02:00", 60, "2026-10-26T09:00:00+01:00");
        assertDue("2026-03-27T17:00:00+01:00", 60, "2026-03-30T09:00:00+02:00");
    }

    @Test
    void twentyFourSevenCountsRealMinutesAcrossDaylightSavingChanges() {
        assertEquals(at("2026-03-29T03:30:00+02:00"), always.addBusinessMinutes(at("2026-03-29T01:30:00+01:00"), 60));
        assertEquals(at("2026-10-25T02:30:00+01:00"), always.addBusinessMinutes(at("2026-10-25T02:30:00+02:00"), 60));
        assertEquals(24 * 60, always.businessMinutesBetween(at("2026-12-24T10:00:00+01:00"), at("2026-12-25T10:00:00+01:00")));
    }

    @Test
    void periodsAcrossADaylightSavingChangeCountWhatReallyElapsed() {
        BusinessCalendar nights = BusinessCalendar.of("nuit", PARIS, EnumSet.allOf(DayOfWeek.class),
                List.of(new BusinessCalendar.Period(LocalTime.MIDNIGHT, LocalTime.of(6, 0))), Set.of(), false);
        assertEquals(300, nights.businessMinutesBetween(at("2026-03-29T00:00:00+01:00"), at("2026-03-29T12:00:00+02:00")));
        assertEquals(420, nights.businessMinutesBetween(at("2026-10-25T00:00:00+02:00"), at("2026-10-25T12:00:00+01:00")));
        assertEquals(at("2026-03-29T04:00:00+02:00"), nights.addBusinessMinutes(at("2026-03-29T00:00:00+01:00"), 180));
    }

    @Test
    void addingThenMeasuringGivesBackTheSameMinutesFrom2024To2030() {
        Random random = new Random(2026);
        Instant start = at("2024-01-01T00:00:00+01:00");
        for (int i = 0; i < 2000; i++) {
            Instant from = start.plusSeconds(60L * random.nextInt(7 * 365 * 24 * 60));
            long minutes = random.nextInt(5 * 450);
            Instant due = standard.addBusinessMinutes(from, minutes);
            assertEquals(minutes, standard.businessMinutesBetween(from, due), from + " + " + minutes);
            if (minutes > 0) {
                LocalDate day = due.atZone(PARIS).toLocalDate();
                assertTrue(standard.isWorkingDay(day), "due on a closed day: " + due);
            }
        }
    }

    @Test
    void zeroMinutesIsNowAndNegativeIsRefused() {
        Instant now = at("2026-11-22T10:00:00+01:00");
        assertEquals(now, standard.addBusinessMinutes(now, 0));
        assertThrows(IllegalArgumentException.class, () -> standard.addBusinessMinutes(now, -1));
        assertEquals(0, standard.businessMinutesBetween(now, now.minusSeconds(60)));
    }

    @Test
    void aCalendarMustOpenSometime() {
        assertThrows(IllegalArgumentException.class,
                () -> BusinessCalendar.of("closed", PARIS, Set.of(), List.of(), Set.of(), true));
    }

    @Test
    void aMemberSeesItsDepartmentsHolidaysAndItsOwnClosures() {
        LocalDate goodFriday = LocalDate.of(2026, 4, 3);
        LocalDate bridgeDay = LocalDate.of(2026, 5, 15);
        BusinessCalendar metz = BusinessCalendar.standard().forMember("57", Set.of(bridgeDay));
        assertFalse(metz.isWorkingDay(goodFriday), "Good Friday is a holiday in Moselle");
        assertFalse(BusinessCalendar.standard().forMember("67", Set.of()).isWorkingDay(LocalDate.of(2025, 12, 26)),
                "so is 26 December (a Friday in 2025)");
        assertTrue(BusinessCalendar.standard().isWorkingDay(LocalDate.of(2025, 12, 26)));
        assertFalse(metz.isWorkingDay(bridgeDay), "the commune's bridge day");
        assertTrue(BusinessCalendar.standard().isWorkingDay(goodFriday), "not in Lyon");
        assertTrue(BusinessCalendar.standard().forMember("69", Set.of()).isWorkingDay(goodFriday));
        assertEquals(BusinessCalendar.standard().addBusinessMinutes(at("2026-04-02T17:00:00+02:00"), 60),
                at("2026-04-03T09:00:00+02:00"), "Lyon works on Good Friday");
        assertEquals(metz.addBusinessMinutes(at("2026-04-02T17:00:00+02:00"), 60), at("2026-04-07T09:00:00+02:00"),
                "Metz resumes on Tuesday after Good Friday and Easter Monday");
        BusinessCalendar always = BusinessCalendar.twentyFourSeven();
        assertSame(always, always.forMember("57", Set.of(bridgeDay)), "security incidents run around the clock everywhere");
    }
}
