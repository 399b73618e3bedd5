package fr.guichet.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
