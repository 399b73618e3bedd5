package fr.guichet.ticket;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.guichet.common.BusinessRuleException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketMergeTest {

    private static final long CORBAS = 3;
    private static final long GIVORS = 4;

    @Test
    void aDuplicateMergesIntoAnOpenTicketOfTheSameMember() {
        assertDoesNotThrow(() -> TicketMerge.check(side(1, CORBAS, 10, TicketStatus.NEW), side(2, CORBAS, 11, TicketStatus.IN_PROGRESS)));
        assertDoesNotThrow(() -> TicketMerge.check(side(1, CORBAS, 10, TicketStatus.RESOLVED), side(2, CORBAS, 11, TicketStatus.WAITING_REQUESTER)));
    }

    @Test
    void aMergeNeverCrossesMembers() {
        assertEquals("ticket.merge.otherMember", assertThrows(BusinessRuleException.class,
                () -> TicketMerge.check(side(1, CORBAS, 10, TicketStatus.NEW), side(2, GIVORS, 20, TicketStatus.NEW))).messageKey());
    }

    @Test
    void notIntoItselfNorFromOrIntoAClosedTicket() {
        assertEquals("ticket.merge.same", assertThrows(BusinessRuleException.class,
                () -> TicketMerge.check(side(1, CORBAS, 10, TicketStatus.NEW), side(1, CORBAS, 10, TicketStatus.NEW))).messageKey());
        assertEquals("ticket.merge.closed", assertThrows(BusinessRuleException.class,
                () -> TicketMerge.check(side(1, CORBAS, 10, TicketStatus.CLOSED), side(2, CORBAS, 10, TicketStatus.NEW))).messageKey());
        assertEquals("ticket.merge.closed", assertThrows(BusinessRuleException.class,
                () -> TicketMerge.check(side(1, CORBAS, 10, TicketStatus.NEW), side(2, CORBAS, 10, TicketStatus.CLOSED))).messageKey());
    }

    @Test
    void theDuplicatesRequesterAndWatchersFollowTheSurvivingTicketOnce() {
        TicketMerge.Side duplicate = new TicketMerge.Side(1, CORBAS, 10, TicketStatus.NEW, Set.of(12L, 13L));
        TicketMerge.Side into = new TicketMerge.Side(2, CORBAS, 11, TicketStatus.NEW, Set.of(13L));
        assertEquals(Set.of(10L, 12L), TicketMerge.newWatchers(duplicate, into));
        TicketMerge.Side sameRequester = new TicketMerge.Side(2, CORBAS, 10, TicketStatus.NEW, Set.of());
        assertEquals(Set.of(12L, 13L), TicketMerge.newWatchers(duplicate, sameRequester), "the requester already owns it");
    }

    private static TicketMerge.Side side(long id, long member, long requester, TicketStatus status) {
        return new TicketMerge.Side(id, member, requester, status, Set.of());
    }
}
