package fr.guichet.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void enteredDaysAndYearsStayInPlausibleYears() {
        assertTrue(Dates.withinInputBounds(LocalDate.of(2026, 2, 28)));
        assertTrue(Dates.withinInputBounds(Dates.FIRST));
        assertTrue(Dates.withinInputBounds(Dates.LAST));
        assertTrue(Dates.withinInputBounds((LocalDate) null));
        assertFalse(Dates.withinInputBounds(LocalDate.of(0, 1, 1)));
        assertFalse(Dates.withinInputBounds(LocalDate.of(99999, 12, 31)));
        assertTrue(Dates.withinInputBounds(2026));
        assertFalse(Dates.withinInputBounds(Integer.MIN_VALUE));
        assertFalse(Dates.withinInputBounds(Integer.MAX_VALUE));
    }
}
