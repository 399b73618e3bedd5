package fr.guichet.automation;

import fr.guichet.sla.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;

/**
 * When a timed rule's delay has passed, in the business time of the ticket's calendar: whole working days after
 * the day it started (waiting, resolved), or business hours (unassigned).
 */
final class RuleDelay {

    private RuleDelay() {
    }

    static boolean hasPassed(RuleTrigger trigger, int delay, Instant since, Instant now, BusinessCalendar calendar) {
        if (trigger == RuleTrigger.ESCALATE_UNASSIGNED) {
            return calendar.businessMinutesBetween(since, now) >= delay * 60L;
        }
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        int workingDays = 0;
        for (LocalDate day = since.atZone(calendar.zone()).toLocalDate().plusDays(1); !day.isAfter(today) && workingDays < delay;
             day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                workingDays++;
            }
        }
        return workingDays >= delay;
    }
}
