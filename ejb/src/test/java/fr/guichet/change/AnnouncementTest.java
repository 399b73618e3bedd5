package fr.guichet.change;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.guichet.catalog.ServiceLevel;
import fr.guichet.sla.BusinessCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnouncementTest {

    private static final BusinessCalendar SYNDICATE = BusinessCalendar.standard();

    @Test
    void fiveBusinessDaysBeforeATuesdayIsTheTuesdayBefore() {
        assertEquals(LocalDate.of(2026, 12, 1), Announcement.announceOn(LocalDate.of(2026, 12, 8), 5, SYNDICATE::isWorkingDay));
    }

    @Test
    void weekendsAndPublicHolidaysDoNotCount() {
        // Tuesday 12 May 2026: 11, (10, 9 weekend), 8 (Victoire 1945), 7, 6, 5, 4 → five working days back is Monday 4 May.
        assertEquals(LocalDate.of(2026, 5, 4), Announcement.announceOn(LocalDate.of(2026, 5, 12), 5, SYNDICATE::isWorkingDay));
        // Monday 4 January 2027, ten days: New Year's Day, Christmas and two weekends skipped.
        assertEquals(LocalDate.of(2026, 12, 17), Announcement.announceOn(LocalDate.of(2027, 1, 4), 10, SYNDICATE::isWorkingDay));
    }

    @Test
    void theMostDemandingServiceSetsTheNotice() {
        assertEquals(5, Announcement.noticeDays(List.of()));
        assertEquals(5, Announcement.noticeDays(List.of(ServiceLevel.STANDARD)));
        assertEquals(10, Announcement.noticeDays(List.of(ServiceLevel.STANDARD, ServiceLevel.CRITIQUE, ServiceLevel.RENFORCE)));
        assertEquals(8, Announcement.noticeDays(List.of(ServiceLevel.RENFORCE, ServiceLevel.STANDARD)));
    }
}
