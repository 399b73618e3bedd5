package fr.guichet.automation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.guichet.sla.BusinessCalendar;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class RuleDelayTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final BusinessCalendar STANDARD = BusinessCalendar.standard();

    @Test
    void daysAreWorkingDaysAfterTheDayTheWaitBegan() {
        Instant friday = at(2026, 12, 4, 16, 0);
        assertFalse(RuleDelay.hasPassed(RuleTrigger.REMIND_WAITING, 2, friday, at(2026, 12, 7, 18, 0), STANDARD), "Monday is one");
        assertTrue(RuleDelay.hasPassed(RuleTrigger.REMIND_WAITING, 2, friday, at(2026, 12, 8, 8, 0), STANDARD), "Tuesday is two");
    }

    @Test
    void publicHolidaysDoNotCount() {
        Instant christmasEve = at(2026, 12, 24, 10, 0);
        assertFalse(RuleDelay.hasPassed(RuleTrigger.CLOSE_RESOLVED, 1, christmasEve, at(2026, 12, 25, 12, 0), STANDARD));
        assertFalse(RuleDelay.hasPassed(RuleTrigger.CLOSE_RESOLVED, 1, christmasEve, at(2026, 12, 27, 12, 0), STANDARD), "weekend");
        assertTrue(RuleDelay.hasPassed(RuleTrigger.CLOSE_RESOLVED, 1, christmasEve, at(2026, 12, 28, 9, 0), STANDARD));
    }

    @Test
    void hoursAreBusinessHours() {
        Instant fridayAfternoon = at(2026, 12, 4, 16, 30);
        assertFalse(RuleDelay.hasPassed(RuleTrigger.ESCALATE_UNASSIGNED, 2, fridayAfternoon, at(2026, 12, 7, 8, 0), STANDARD),
                "one business hour on Friday, none yet on Monday");
        assertTrue(RuleDelay.hasPassed(RuleTrigger.ESCALATE_UNASSIGNED, 2, fridayAfternoon, at(2026, 12, 7, 9, 30), STANDARD));
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, PARIS).toInstant();
    }
}
