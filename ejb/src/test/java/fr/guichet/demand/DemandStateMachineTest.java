package fr.guichet.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.guichet.common.BusinessRuleException;
import org.junit.jupiter.api.Test;

class DemandStateMachineTest {

    @Test
    void theUsualPath() {
        assertEquals(DemandState.STUDY, DemandStateMachine.next(DemandState.SUBMITTED, DemandAction.STUDY));
        assertEquals(DemandState.SCORED, DemandStateMachine.afterScoring(DemandState.STUDY));
        assertEquals(DemandState.PLANNED, DemandStateMachine.next(DemandState.SCORED, DemandAction.PLAN));
        assertEquals(DemandState.PLANNED, DemandStateMachine.next(DemandState.PLANNED, DemandAction.PLAN), "replanned");
        assertEquals(DemandState.IN_PROGRESS, DemandStateMachine.next(DemandState.PLANNED, DemandAction.START));
        assertEquals(DemandState.DELIVERED, DemandStateMachine.next(DemandState.IN_PROGRESS, DemandAction.DELIVER));
        assertEquals(DemandState.PLANNED, DemandStateMachine.afterScoring(DemandState.PLANNED), "rescoring keeps the plan");
    }

    @Test
    void finishedDemandsDoNotMove() {
        for (DemandState end : new DemandState[] {DemandState.DELIVERED, DemandState.DECLINED, DemandState.MERGED}) {
            assertFalse(end.isOpen());
            for (DemandAction action : DemandAction.values()) {
                assertFalse(DemandStateMachine.allows(end, action), end + " " + action);
            }
            assertThrows(BusinessRuleException.class, () -> DemandStateMachine.afterScoring(end));
        }
        assertThrows(BusinessRuleException.class, () -> DemandStateMachine.next(DemandState.SUBMITTED, DemandAction.PLAN),
                "a demand is scored before it is planned");
    }
}
