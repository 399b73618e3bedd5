package fr.guichet.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void noTrailingZerosAndNoExponent() {
        assertEquals("20", Decimals.plain(new BigDecimal("20.00")).toString());
        assertEquals("52600", Decimals.plain(new BigDecimal("52600.000000")).toString());
        assertEquals("4.5", Decimals.plain(new BigDecimal("4.50")).toString());
        assertEquals("0", Decimals.plain(new BigDecimal("0.000")).toString());
        assertEquals("0.001", Decimals.plain(new BigDecimal("0.001000")).toString());
        assertNull(Decimals.plain(null));
    }

    @Test
    void fitsCountsDigitsWithoutWritingTheNumberOut() {
        assertTrue(Decimals.fits(new BigDecimal("999999999999.99"), 12, 2));
        assertTrue(Decimals.fits(new BigDecimal("1.5000"), 12, 2));
        assertTrue(Decimals.fits(new BigDecimal("2E+3"), 12, 2));
        assertTrue(Decimals.fits(null, 12, 2));
        assertFalse(Decimals.fits(new BigDecimal("1000000000000"), 12, 2));
        assertFalse(Decimals.fits(new BigDecimal("0.001"), 12, 2));
        assertFalse(Decimals.fits(new BigDecimal("1E-999999999"), 12, 2));
        assertFalse(Decimals.fits(new BigDecimal("1E+999999999"), 12, 2));
    }

    @Test
    void enteredValuesHaveBoundedDigitsAndExponent() {
        assertTrue(Decimals.withinInputBounds(new BigDecimal("50")));
        assertTrue(Decimals.withinInputBounds(new BigDecimal("0.0000000001")));
        assertTrue(Decimals.withinInputBounds(new BigDecimal("999999999999999999.5")));
        assertTrue(Decimals.withinInputBounds(new BigDecimal("12.5000000000000000000")), "trailing zeros do not count");
        assertTrue(Decimals.withinInputBounds(new BigDecimal("2E+3")));
        assertTrue(Decimals.withinInputBounds(null));
        assertFalse(Decimals.withinInputBounds(new BigDecimal("1E-999999999")));
        assertFalse(Decimals.withinInputBounds(new BigDecimal("1e999999999")));
        assertFalse(Decimals.withinInputBounds(new BigDecimal("0E-999999999")));
        assertFalse(Decimals.withinInputBounds(new BigDecimal("9999999999999999999999")));
        assertFalse(Decimals.withinInputBounds(new BigDecimal("0.00000000001")));
        assertFalse(Decimals.withinInputBounds(new BigDecimal("1" + "0".repeat(100))));
    }
}
