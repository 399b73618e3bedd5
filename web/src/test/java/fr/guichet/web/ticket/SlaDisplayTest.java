package fr.guichet.web.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlaDisplayTest {

    @Test
    void durationsReadAsPeopleWriteThemAndNeverPartANumberFromItsUnit() {
        assertEquals("40\u00a0min", SlaDisplay.duration(40));
        assertEquals("3\u00a0h", SlaDisplay.duration(180));
        assertEquals("2\u00a0h\u00a005", SlaDisplay.duration(125));
        assertEquals("27\u00a0h\u00a043", SlaDisplay.duration(27 * 60 + 43));
    }
}
