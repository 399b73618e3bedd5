package fr.guichet.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.security.AccessDeniedException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TicketStateMachineTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    /** Every legal transition and who takes it in the test below. */
    private static final Map<String, TicketStatus> LEGAL = new HashMap<>();

    static {
        for (TicketStatus open : new TicketStatus[] {TicketStatus.NEW, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS,
                TicketStatus.WAITING_REQUESTER, TicketStatus.REOPENED}) {
            LEGAL.put(open + " ASSIGN", TicketStatus.ASSIGNED);
            LEGAL.put(open + " RESOLVE", TicketStatus.RESOLVED);
        }
        LEGAL.put("ASSIGNED START", TicketStatus.IN_PROGRESS);
        LEGAL.put("REOPENED START", TicketStatus.IN_PROGRESS);
        LEGAL.put("ASSIGNED WAIT_FOR_REQUESTER", TicketStatus.WAITING_REQUESTER);
        LEGAL.put("IN_PROGRESS WAIT_FOR_REQUESTER", TicketStatus.WAITING_REQUESTER);
        LEGAL.put("WAITING_REQUESTER REQUESTER_REPLIED", TicketStatus.IN_PROGRESS);
        LEGAL.put("RESOLVED REOPEN", TicketStatus.REOPENED);
        LEGAL.put("RESOLVED CLOSE", TicketStatus.CLOSED);
    }

    private static TicketActor actorFor(TicketAction action) {
        return switch (action) {
            case REOPEN, REQUESTER_REPLIED -> TicketActor.REQUESTER;
            case CLOSE -> TicketActor.PLATFORM;
            default -> TicketActor.STAFF;
        };
    }

    @Test
    void everyPairOfStateAndActionIsLegalOrRefused() {
        for (TicketStatus from : TicketStatus.values()) {
            for (TicketAction action : TicketAction.values()) {
                String pair = from + " " + action;
                if (LEGAL.containsKey(pair)) {
                    assertEquals(LEGAL.get(pair), TicketStateMachine.next(from, action, actorFor(action), NOW, NOW), pair);
                } else {
                    assertFalse(TicketStateMachine.isDefined(from, action), pair);
                    assertThrows(BusinessRuleException.class,
                            () -> TicketStateMachine.next(from, action, actorFor(action), NOW, NOW), pair);
                }
            }
        }
    }

    @Test
    void onlyStaffWorkTicketsAndOnlyRequestersReopen() {
        assertThrows(AccessDeniedException.class, () -> TicketStateMachine.next(TicketStatus.NEW, TicketAction.RESOLVE,
                TicketActor.REQUESTER, null, NOW));
        assertThrows(AccessDeniedException.class, () -> TicketStateMachine.next(TicketStatus.RESOLVED, TicketAction.REOPEN,
                TicketActor.STAFF, NOW, NOW));
        assertThrows(AccessDeniedException.class, () -> TicketStateMachine.next(TicketStatus.WAITING_REQUESTER,
                TicketAction.REQUESTER_REPLIED, TicketActor.STAFF, null, NOW));
    }

    @Test
    void requesterReopensWithinSevenDaysThenTheTicketClosesItself() {
        Instant resolved = NOW.minus(Duration.ofDays(7)).plusSeconds(1);
        assertEquals(TicketStatus.REOPENED, TicketStateMachine.next(TicketStatus.RESOLVED, TicketAction.REOPEN,
                TicketActor.REQUESTER, resolved, NOW));
        assertFalse(TicketStateMachine.closesItself(TicketStatus.RESOLVED, resolved, NOW));

        Instant tooOld = NOW.minus(Duration.ofDays(7));
        BusinessRuleException late = assertThrows(BusinessRuleException.class, () -> TicketStateMachine.next(
                TicketStatus.RESOLVED, TicketAction.REOPEN, TicketActor.REQUESTER, tooOld, NOW));
        assertEquals("ticket.reopen.tooLate", late.messageKey());
        assertTrue(TicketStateMachine.closesItself(TicketStatus.RESOLVED, tooOld, NOW));
        assertFalse(TicketStateMachine.closesItself(TicketStatus.REOPENED, tooOld, NOW));
    }

    @Test
    void onlyWaitingForTheRequesterPausesTheClock() {
        for (TicketStatus status : TicketStatus.values()) {
            assertEquals(status == TicketStatus.WAITING_REQUESTER, status.pausesTheClock(), status.name());
        }
    }

    /** Staff text is internal unless the action answers the requester; the requester's side writes in the open. */
    @Test
    void onlyAnswersCarryStaffTextToTheRequester() {
        for (TicketAction action : TicketAction.values()) {
            boolean answer = action == TicketAction.WAIT_FOR_REQUESTER || action == TicketAction.RESOLVE
                    || action == TicketAction.REOPEN;
            assertEquals(answer, TicketStateMachine.textReachesRequester(action, TicketActor.STAFF), action.name());
            assertTrue(TicketStateMachine.textReachesRequester(action, TicketActor.REQUESTER), action.name());
        }
    }
}
