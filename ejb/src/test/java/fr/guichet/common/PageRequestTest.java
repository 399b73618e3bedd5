package fr.guichet.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void pageSizeIsBoundedSoNoRequestReadsAWholeTable() {
        assertEquals(PageRequest.MAX_SIZE, new PageRequest(0, 1_000_000).size());
        assertEquals(20, new PageRequest(0, 0).size());
        assertEquals(0, new PageRequest(-3, 10).page());
        assertEquals(40, new PageRequest(2, 20).offset());
    }

    @Test
    void aPageBeyondTheLargestOffsetIsRefusedNotOverflowed() {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> new PageRequest(Integer.MAX_VALUE, 200));
        assertEquals("error.page.tooFar", refused.messageKey());
        assertThrows(BusinessRuleException.class, () -> new PageRequest(Integer.MAX_VALUE, Integer.MAX_VALUE));
        assertEquals(10_737_416, new PageRequest(10_737_416, 200).page());
        assertEquals(2_147_483_200, new PageRequest(10_737_416, 200).offset());
    }
}
