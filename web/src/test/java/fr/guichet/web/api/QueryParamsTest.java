package fr.guichet.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.guichet.common.BusinessRuleException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void extremeDatesAndYearsAreTheCallersMistake() {
        assertEquals(LocalDate.of(2026, 1, 31), QueryParams.date("from", "2026-01-31", null));
        assertEquals(Instant.parse("2026-01-31T07:30:00Z"), QueryParams.instant("from", "2026-01-31T08:30:00+01:00"));
        assertEquals(2026, QueryParams.year("year", 2026));
        for (String day : new String[] {"0000-01-01", "+99999-12-31"}) {
            assertEquals("error.dateOutOfRange", assertThrows(BusinessRuleException.class, () -> QueryParams.date("from", day, null)).messageKey());
        }
        assertEquals("error.invalidDate", assertThrows(BusinessRuleException.class, () -> QueryParams.date("to", "2026-02-30", null)).messageKey());
        for (String instant : new String[] {"-999999999-01-01T00:00:00+01:00", "+999999999-12-31T23:59:59Z", "0000-01-01T00:00:00Z"}) {
            assertEquals("error.dateOutOfRange", assertThrows(BusinessRuleException.class, () -> QueryParams.instant("to", instant)).messageKey());
        }
        assertThrows(BusinessRuleException.class, () -> QueryParams.year("year", Integer.MIN_VALUE));
        assertThrows(BusinessRuleException.class, () -> QueryParams.year("year", Integer.MAX_VALUE));
    }
}
