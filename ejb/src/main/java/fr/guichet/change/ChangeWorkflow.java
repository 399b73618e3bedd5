package fr.guichet.change;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.security.AccessDeniedException;
import fr.guichet.security.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The approval state machine. Technicians, managers and administrators prepare, submit, carry out and cancel
 * changes; a manager or the direction approves or rejects a submitted one, never their own, and a high-risk change
 * needs the direction. Carrying out: an approved change starts, then is completed or backed out.
 */
public final class ChangeWorkflow {

    private static final Set<Role> WORKERS = EnumSet.of(Role.TECHNICIAN, Role.MANAGER, Role.ADMIN);

    /** Who acts on the change: their roles, and whether they asked for it. */
    public record Actor(Set<Role> roles, boolean requester) {
    }

    private ChangeWorkflow() {
    }

    /** The status the action leads to; refused with a reason when the status or the actor does not allow it. */
    public static ChangeStatus next(ChangeStatus from, ChangeAction action, ChangeRisk risk, Actor actor) {
        boolean deciding = action == ChangeAction.APPROVE || action == ChangeAction.REJECT;
        boolean director = actor.roles().contains(Role.DIRECTOR);
        if (deciding ? !director && !actor.roles().contains(Role.MANAGER) : actor.roles().stream().noneMatch(WORKERS::contains)) {
            throw new AccessDeniedException();
        }
        ChangeStatus to = target(from, action);
        if (to == null) {
            throw new BusinessRuleException("change.action.notAllowed." + action, from);
        }
        if (deciding && actor.requester()) {
            throw new BusinessRuleException("change.approval.own");
        }
        if (deciding && risk == ChangeRisk.HIGH && !director) {
            throw new BusinessRuleException("change.approval.direction");
        }
        return to;
    }

    /** The actions this actor may take now, for the page's buttons. */
    public static List<ChangeAction> available(ChangeStatus from, ChangeRisk risk, Actor actor) {
        List<ChangeAction> actions = new ArrayList<>();
        for (ChangeAction action : ChangeAction.values()) {
            try {
                next(from, action, risk, actor);
                actions.add(action);
            } catch (BusinessRuleException | AccessDeniedException refused) {
                // not for this actor, or not now
            }
        }
        return actions;
    }

    private static ChangeStatus target(ChangeStatus from, ChangeAction action) {
        return switch (action) {
            case SUBMIT -> from == ChangeStatus.DRAFT ? ChangeStatus.SUBMITTED : null;
            case APPROVE -> from == ChangeStatus.SUBMITTED ? ChangeStatus.APPROVED : null;
            case REJECT -> from == ChangeStatus.SUBMITTED ? ChangeStatus.REJECTED : null;
            case START -> from == ChangeStatus.APPROVED ? ChangeStatus.IN_PROGRESS : null;
            case COMPLETE -> from == ChangeStatus.IN_PROGRESS ? ChangeStatus.DONE : null;
            case BACK_OUT -> from == ChangeStatus.IN_PROGRESS ? ChangeStatus.FAILED : null;
            case CANCEL -> from == ChangeStatus.DRAFT || from == ChangeStatus.SUBMITTED || from == ChangeStatus.APPROVED
                    ? ChangeStatus.CANCELLED : null;
        };
    }
}
