package fr.guichet.request;

import static fr.guichet.request.RequestAction.APPROVE;
import static fr.guichet.request.RequestAction.ASSIGN;
import static fr.guichet.request.RequestAction.CANCEL;
import static fr.guichet.request.RequestAction.DELIVER;
import static fr.guichet.request.RequestAction.REJECT;
import static fr.guichet.request.RequestAction.ROUTE;
import static fr.guichet.request.RequestAction.SUBMIT;
import static fr.guichet.request.RequestAction.TAKE;
import static fr.guichet.request.RequestStatus.APPROVED;
import static fr.guichet.request.RequestStatus.AWAITING_APPROVAL;
import static fr.guichet.request.RequestStatus.CANCELLED;
import static fr.guichet.request.RequestStatus.DELIVERED;
import static fr.guichet.request.RequestStatus.DRAFT;
import static fr.guichet.request.RequestStatus.IN_PROGRESS;
import static fr.guichet.request.RequestStatus.REJECTED;
import static fr.guichet.request.RequestStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.security.AccessDeniedException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestStateMachineTest {

    static final RequestActor REQUESTER = new RequestActor(true, false, false, false, false, false);
    static final RequestActor REFERENT = new RequestActor(false, true, false, false, false, false);
    static final RequestActor OTHER_AGENT = new RequestActor(false, false, false, false, false, false);
    static final RequestActor TECHNICIAN = new RequestActor(false, false, true, false, false, false);
    static final RequestActor ASSIGNEE = new RequestActor(false, false, true, false, true, false);
    static final RequestActor MANAGER = new RequestActor(false, false, true, true, false, false);

    /** Every legal transition, with the actor that may take it. */
    private static final Map<String, RequestStatus> LEGAL = Map.ofEntries(
            Map.entry("DRAFT SUBMIT", SUBMITTED),
            Map.entry("DRAFT CANCEL", CANCELLED),
            Map.entry("SUBMITTED ROUTE", AWAITING_APPROVAL),
            Map.entry("SUBMITTED APPROVE", APPROVED),
            Map.entry("SUBMITTED CANCEL", CANCELLED),
            Map.entry("AWAITING_APPROVAL APPROVE", APPROVED),
            Map.entry("AWAITING_APPROVAL REJECT", REJECTED),
            Map.entry("AWAITING_APPROVAL CANCEL", CANCELLED),
            Map.entry("APPROVED TAKE", IN_PROGRESS),
            Map.entry("APPROVED ASSIGN", IN_PROGRESS),
            Map.entry("IN_PROGRESS ASSIGN", IN_PROGRESS),
            Map.entry("APPROVED REJECT", REJECTED),
            Map.entry("APPROVED CANCEL", CANCELLED),
            Map.entry("IN_PROGRESS DELIVER", DELIVERED),
            Map.entry("IN_PROGRESS CANCEL", CANCELLED));

    @Test
    void everyLegalTransitionLeadsToItsState() {
        assertEquals(SUBMITTED, RequestStateMachine.next(DRAFT, SUBMIT, REQUESTER));
        assertEquals(CANCELLED, RequestStateMachine.next(DRAFT, CANCEL, REQUESTER));
        assertEquals(AWAITING_APPROVAL, RequestStateMachine.next(SUBMITTED, ROUTE, RequestActor.PLATFORM));
        assertEquals(APPROVED, RequestStateMachine.next(SUBMITTED, APPROVE, REFERENT));
        assertEquals(CANCELLED, RequestStateMachine.next(SUBMITTED, CANCEL, REFERENT));
        assertEquals(APPROVED, RequestStateMachine.next(AWAITING_APPROVAL, APPROVE, REFERENT));
        assertEquals(REJECTED, RequestStateMachine.next(AWAITING_APPROVAL, REJECT, REFERENT));
        assertEquals(CANCELLED, RequestStateMachine.next(AWAITING_APPROVAL, CANCEL, REQUESTER));
        assertEquals(IN_PROGRESS, RequestStateMachine.next(APPROVED, TAKE, TECHNICIAN));
        assertEquals(REJECTED, RequestStateMachine.next(APPROVED, REJECT, MANAGER));
        assertEquals(IN_PROGRESS, RequestStateMachine.next(APPROVED, ASSIGN, MANAGER));
        assertEquals(IN_PROGRESS, RequestStateMachine.next(IN_PROGRESS, ASSIGN, MANAGER));
        assertEquals(CANCELLED, RequestStateMachine.next(APPROVED, CANCEL, MANAGER));
        assertEquals(DELIVERED, RequestStateMachine.next(IN_PROGRESS, DELIVER, ASSIGNEE));
        assertEquals(DELIVERED, RequestStateMachine.next(IN_PROGRESS, DELIVER, MANAGER));
        assertEquals(CANCELLED, RequestStateMachine.next(IN_PROGRESS, CANCEL, MANAGER));
    }

    @Test
    void everyOtherPairOfStateAndActionIsIllegal() {
        Set<String> checked = new HashSet<>();
        for (RequestStatus from : RequestStatus.values()) {
            for (RequestAction action : RequestAction.values()) {
                String pair = from + " " + action;
                if (LEGAL.containsKey(pair)) {
                    assertTrue(RequestStateMachine.isDefined(from, action), pair);
                    checked.add(pair);
                } else {
                    assertFalse(RequestStateMachine.isDefined(from, action), pair);
                    BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                            () -> RequestStateMachine.next(from, action, MANAGER), pair);
                    assertEquals("request.transition.illegal", refused.messageKey());
                }
            }
        }
        assertEquals(LEGAL.keySet(), checked);
    }

    @Test
    void finalStatesAllowNothing() {
        for (RequestStatus done : new RequestStatus[] {REJECTED, DELIVERED, CANCELLED}) {
            assertTrue(done.isFinal());
            for (RequestAction action : RequestAction.values()) {
                assertFalse(RequestStateMachine.isDefined(done, action), done + " " + action);
            }
        }
    }

    @Test
    void onlyAReferentOfTheMemberApproves() {
        assertThrows(AccessDeniedException.class, () -> RequestStateMachine.next(AWAITING_APPROVAL, APPROVE, REQUESTER));
        assertThrows(AccessDeniedException.class, () -> RequestStateMachine.next(AWAITING_APPROVAL, APPROVE, OTHER_AGENT));
        assertThrows(AccessDeniedException.class, () -> RequestStateMachine.next(AWAITING_APPROVAL, APPROVE, MANAGER));
        assertThrows(AccessDeniedException.class, () -> RequestStateMachine.next(AWAITING_APPROVAL, REJECT, TECHNICIAN));
    }

    @Test
    void onlyTheSyndicateTakesAndDelivers() {
        assertThrows(AccessDeniedException.class, () -> RequestStateMachine.next(APPROVED, TAKE, REFERENT));
        assertThrows(AccessDeniedException.class, () -> RequestStateMachine.next(IN_PROGRESS, DELIVER, TECHNICIAN),
                "a technician delivers only what they took");
        assertThrows(AccessDeniedException.class, () -> RequestStateMachine.next(IN_PROGRESS, DELIVER, REQUESTER));
        assertThrows(AccessDeniedException.class, () -> RequestStateMachine.next(APPROVED, REJECT, TECHNICIAN));
        assertThrows(AccessDeniedException.class, () -> RequestStateMachine.next(APPROVED, ASSIGN, TECHNICIAN),
                "only a project manager hands work to someone else");
    }

    @Test
    void communeCancelsOnlyBeforeWorkStartsAndNobodyButThePlatformRoutes() {
        assertThrows(AccessDeniedException.class, () -> RequestStateMachine.next(IN_PROGRESS, CANCEL, REQUESTER));
        assertThrows(AccessDeniedException.class, () -> RequestStateMachine.next(DRAFT, CANCEL, OTHER_AGENT));
        assertThrows(AccessDeniedException.class, () -> RequestStateMachine.next(SUBMITTED, ROUTE, MANAGER));
        assertThrows(AccessDeniedException.class, () -> RequestStateMachine.next(DRAFT, SUBMIT, REFERENT),
                "a référent submits their own requests, not an agent's draft");
    }
}
