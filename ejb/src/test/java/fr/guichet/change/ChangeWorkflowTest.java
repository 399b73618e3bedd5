package fr.guichet.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.guichet.change.ChangeWorkflow.Actor;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.security.AccessDeniedException;
import fr.guichet.security.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeWorkflowTest {

    private static final Actor TECHNICIAN = new Actor(Set.of(Role.TECHNICIAN), false);
    private static final Actor REQUESTING_TECHNICIAN = new Actor(Set.of(Role.TECHNICIAN), true);
    private static final Actor MANAGER = new Actor(Set.of(Role.MANAGER), false);
    private static final Actor REQUESTING_MANAGER = new Actor(Set.of(Role.MANAGER), true);
    private static final Actor DIRECTOR = new Actor(Set.of(Role.DIRECTOR), false);
    private static final Actor AGENT = new Actor(Set.of(Role.AGENT), false);

    @Test
    void aChangeGoesFromDraftToDoneThroughApproval() {
        ChangeStatus status = ChangeStatus.DRAFT;
        status = ChangeWorkflow.next(status, ChangeAction.SUBMIT, ChangeRisk.MEDIUM, REQUESTING_TECHNICIAN);
        assertEquals(ChangeStatus.SUBMITTED, status);
        status = ChangeWorkflow.next(status, ChangeAction.APPROVE, ChangeRisk.MEDIUM, MANAGER);
        assertEquals(ChangeStatus.APPROVED, status);
        status = ChangeWorkflow.next(status, ChangeAction.START, ChangeRisk.MEDIUM, REQUESTING_TECHNICIAN);
        assertEquals(ChangeStatus.IN_PROGRESS, status);
        assertEquals(ChangeStatus.DONE, ChangeWorkflow.next(status, ChangeAction.COMPLETE, ChangeRisk.MEDIUM, TECHNICIAN));
        assertEquals(ChangeStatus.FAILED, ChangeWorkflow.next(status, ChangeAction.BACK_OUT, ChangeRisk.MEDIUM, TECHNICIAN));
    }

    @Test
    void onlyAManagerOrTheDirectionApprovesNeverTheirOwnAndAHighRiskNeedsTheDirection() {
        assertThrows(AccessDeniedException.class,
                () -> ChangeWorkflow.next(ChangeStatus.SUBMITTED, ChangeAction.APPROVE, ChangeRisk.LOW, TECHNICIAN));
        BusinessRuleException own = assertThrows(BusinessRuleException.class,
                () -> ChangeWorkflow.next(ChangeStatus.SUBMITTED, ChangeAction.APPROVE, ChangeRisk.LOW, REQUESTING_MANAGER));
        assertEquals("change.approval.own", own.messageKey());
        BusinessRuleException high = assertThrows(BusinessRuleException.class,
                () -> ChangeWorkflow.next(ChangeStatus.SUBMITTED, ChangeAction.APPROVE, ChangeRisk.HIGH, MANAGER));
        assertEquals("change.approval.direction", high.messageKey());
        assertEquals(ChangeStatus.APPROVED, ChangeWorkflow.next(ChangeStatus.SUBMITTED, ChangeAction.APPROVE, ChangeRisk.HIGH, DIRECTOR));
        assertEquals(ChangeStatus.REJECTED, ChangeWorkflow.next(ChangeStatus.SUBMITTED, ChangeAction.REJECT, ChangeRisk.LOW, DIRECTOR));
        assertThrows(AccessDeniedException.class,
                () -> ChangeWorkflow.next(ChangeStatus.APPROVED, ChangeAction.START, ChangeRisk.LOW, DIRECTOR), "the direction does not operate");
    }

    @Test
    void eachActionOnlyFromItsStatusAndNeverByACommune() {
        BusinessRuleException early = assertThrows(BusinessRuleException.class,
                () -> ChangeWorkflow.next(ChangeStatus.SUBMITTED, ChangeAction.START, ChangeRisk.LOW, TECHNICIAN));
        assertEquals("change.action.notAllowed.START", early.messageKey());
        assertThrows(BusinessRuleException.class,
                () -> ChangeWorkflow.next(ChangeStatus.DRAFT, ChangeAction.APPROVE, ChangeRisk.LOW, MANAGER), "a draft is not submitted yet");
        assertThrows(BusinessRuleException.class,
                () -> ChangeWorkflow.next(ChangeStatus.IN_PROGRESS, ChangeAction.CANCEL, ChangeRisk.LOW, TECHNICIAN), "started: complete or back out");
        assertThrows(BusinessRuleException.class,
                () -> ChangeWorkflow.next(ChangeStatus.DONE, ChangeAction.BACK_OUT, ChangeRisk.LOW, TECHNICIAN));
        assertThrows(AccessDeniedException.class, () -> ChangeWorkflow.next(ChangeStatus.DRAFT, ChangeAction.SUBMIT, ChangeRisk.LOW, AGENT));
        for (ChangeStatus finished : List.of(ChangeStatus.REJECTED, ChangeStatus.DONE, ChangeStatus.FAILED, ChangeStatus.CANCELLED)) {
            assertEquals(List.of(), ChangeWorkflow.available(finished, ChangeRisk.LOW, MANAGER), finished + " is finished");
        }
    }

    @Test
    void theButtonsShownAreTheActionsAllowed() {
        assertEquals(List.of(ChangeAction.APPROVE, ChangeAction.REJECT, ChangeAction.CANCEL),
                ChangeWorkflow.available(ChangeStatus.SUBMITTED, ChangeRisk.MEDIUM, MANAGER));
        assertEquals(List.of(ChangeAction.CANCEL), ChangeWorkflow.available(ChangeStatus.SUBMITTED, ChangeRisk.HIGH, MANAGER));
        assertEquals(List.of(ChangeAction.APPROVE, ChangeAction.REJECT), ChangeWorkflow.available(ChangeStatus.SUBMITTED, ChangeRisk.HIGH, DIRECTOR));
        assertEquals(List.of(ChangeAction.COMPLETE, ChangeAction.BACK_OUT), ChangeWorkflow.available(ChangeStatus.IN_PROGRESS, ChangeRisk.LOW, TECHNICIAN));
    }
}
