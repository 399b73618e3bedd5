package fr.guichet.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void pageSizeIsBoundedSoNoRequestReadsAWholeTable() {
        assertEquals(PageRequest.MAX_SIZE, new PageRequest(0, 1_000_000).size());
        assertEquals(20, new PageRequest(0, 0).size());
        assertEquals(0, new PageRequest(-3, 10).page());
        assertEquals(40, new PageRequest(2, 20).offset());
    }
}
