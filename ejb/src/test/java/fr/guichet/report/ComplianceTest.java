package fr.guichet.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ComplianceTest {

    @Test
    void rateIsAPercentageWithOneDecimalRoundedHalfUp() {
        assertEquals(new BigDecimal("66.7"), new Compliance(2, 3).percent());
        assertEquals(new BigDecimal("100.0"), new Compliance(5, 5).percent());
        assertEquals(new BigDecimal("0.0"), new Compliance(0, 4).percent());
        assertEquals(new BigDecimal("12.5"), new Compliance(1, 8).percent());
        assertEquals(new BigDecimal("99.9"), new Compliance(1998, 2000).percent());   // 99.90
        assertEquals(new BigDecimal("100.0"), new Compliance(19_999, 20_000).percent()); // 99.995 rounds up
    }

    @Test
    void nothingMeasuredHasNoRate() {
        assertNull(new Compliance(0, 0).percent());
    }

    @Test
    void builtFromMeasuredAndMissed() {
        assertEquals(new Compliance(7, 10), Compliance.of(10, 3));
        assertEquals(new Compliance(9, 14), new Compliance(7, 10).plus(new Compliance(2, 4)));
    }

    @Test
    void refusesImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> new Compliance(3, 2));
        assertThrows(IllegalArgumentException.class, () -> new Compliance(-1, 2));
    }
}
