package fr.guichet.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.guichet.common.BusinessRuleException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void boundsAreParisMidnights() {
        Period winter = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        assertEquals(Instant.parse("2025-12-31T23:00:00Z"), winter.start());
        assertEquals(Instant.parse("2026-01-31T23:00:00Z"), winter.end());
    }

    @Test
    void monthsStartAtParisMidnightWhateverTheSummerTime() {
        Period spring = new Period(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 5, 10));
        assertEquals(List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5)), spring.months());
        assertEquals(List.of(Instant.parse("2026-03-14T23:00:00Z"), Instant.parse("2026-03-31T22:00:00Z"),
                Instant.parse("2026-04-30T22:00:00Z")), spring.monthStarts());
        Period autumn = new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30));
        assertEquals(List.of(Instant.parse("2026-09-30T22:00:00Z"), Instant.parse("2026-10-31T23:00:00Z")), autumn.monthStarts());
    }

    @Test
    void aSingleDayIsOneMonth() {
        Period day = new Period(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28));
        assertEquals(List.of(YearMonth.of(2026, 2)), day.months());
        assertEquals(List.of(day.start()), day.monthStarts());
    }

    @Test
    void refusesReversedOrTooLongPeriods() {
        assertThrows(BusinessRuleException.class, () -> new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31)));
        assertThrows(BusinessRuleException.class, () -> new Period(LocalDate.of(2010, 1, 1), LocalDate.of(2026, 1, 1)));
    }
}
