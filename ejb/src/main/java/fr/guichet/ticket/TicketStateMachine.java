package fr.guichet.ticket;

import static fr.guichet.ticket.TicketAction.ASSIGN;
import static fr.guichet.ticket.TicketAction.CLOSE;
import static fr.guichet.ticket.TicketAction.REOPEN;
import static fr.guichet.ticket.TicketAction.REQUESTER_REPLIED;
import static fr.guichet.ticket.TicketAction.RESOLVE;
import static fr.guichet.ticket.TicketAction.START;
import static fr.guichet.ticket.TicketAction.WAIT_FOR_REQUESTER;
import static fr.guichet.ticket.TicketStatus.ASSIGNED;
import static fr.guichet.ticket.TicketStatus.CLOSED;
import static fr.guichet.ticket.TicketStatus.IN_PROGRESS;
import static fr.guichet.ticket.TicketStatus.NEW;
import static fr.guichet.ticket.TicketStatus.REOPENED;
import static fr.guichet.ticket.TicketStatus.RESOLVED;
import static fr.guichet.ticket.TicketStatus.WAITING_REQUESTER;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.security.AccessDeniedException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a ticket in one table: which action leads where, and who may take it. A resolved ticket
 * can be reopened by its requester for {@link #REOPEN_WINDOW}; after that the platform closes it.
 */
public final class TicketStateMachine {

    public static final Duration REOPEN_WINDOW = Duration.ofDays(7);

    private record Rule(TicketStatus target, Set<TicketActor> actors) {
    }

    private static final Map<TicketStatus, Map<TicketAction, Rule>> RULES = new EnumMap<>(TicketStatus.class);
    private static final Set<TicketActor> STAFF = EnumSet.of(TicketActor.STAFF);

    static {
        for (TicketStatus open : EnumSet.of(NEW, ASSIGNED, IN_PROGRESS, WAITING_REQUESTER, REOPENED)) {
            rule(open, ASSIGN, ASSIGNED, STAFF);
            rule(open, RESOLVE, RESOLVED, STAFF);
        }
        rule(ASSIGNED, START, IN_PROGRESS, STAFF);
        rule(REOPENED, START, IN_PROGRESS, STAFF);
        rule(ASSIGNED, WAIT_FOR_REQUESTER, WAITING_REQUESTER, STAFF);
        rule(IN_PROGRESS, WAIT_FOR_REQUESTER, WAITING_REQUESTER, STAFF);
        rule(WAITING_REQUESTER, REQUESTER_REPLIED, IN_PROGRESS, EnumSet.of(TicketActor.REQUESTER, TicketActor.PLATFORM));
        rule(RESOLVED, REOPEN, REOPENED, EnumSet.of(TicketActor.REQUESTER));
        rule(RESOLVED, CLOSE, CLOSED, EnumSet.of(TicketActor.REQUESTER, TicketActor.PLATFORM));
    }

    private TicketStateMachine() {
    }

    private static void rule(TicketStatus from, TicketAction action, TicketStatus to, Set<TicketActor> who) {
        RULES.computeIfAbsent(from, s -> new EnumMap<>(TicketAction.class)).put(action, new Rule(to, who));
    }

    public static boolean isDefined(TicketStatus from, TicketAction action) {
        return RULES.getOrDefault(from, Map.of()).containsKey(action);
    }

    /**
     * The state the action leads to. {@code resolvedAt} matters for REOPEN only (the requester may reopen
     * within seven days of the resolution).
     */
    public static TicketStatus next(TicketStatus from, TicketAction action, TicketActor actor, Instant resolvedAt, Instant now) {
        Rule rule = RULES.getOrDefault(from, Map.of()).get(action);
        if (rule == null) {
            throw new BusinessRuleException("ticket.transition.illegal", "ticket.action." + action, "ticket.status." + from);
        }
        if (!rule.actors().contains(actor)) {
            throw new AccessDeniedException();
        }
        if (action == REOPEN && !canReopen(resolvedAt, now)) {
            throw new BusinessRuleException("ticket.reopen.tooLate");
        }
        return rule.target();
    }

    /** Whether the rules let this actor take the action from this state (the reopening window aside). */
    public static boolean allows(TicketStatus from, TicketAction action, TicketActor actor) {
        Rule rule = RULES.getOrDefault(from, Map.of()).get(action);
        return rule != null && rule.actors().contains(actor);
    }

    /** Whether the reopening window of a resolution is still open. */
    public static boolean canReopen(Instant resolvedAt, Instant now) {
        return resolvedAt != null && now.isBefore(resolvedAt.plus(REOPEN_WINDOW));
    }

    /** Whether the platform closes a resolved ticket now: the reopening window is over. */
    public static boolean closesItself(TicketStatus status, Instant resolvedAt, Instant now) {
        return status == RESOLVED && resolvedAt != null && !canReopen(resolvedAt, now);
    }

    /**
     * Whether the text given with an action reaches the requester: an action that carries an answer (a
     * question, a resolution note) does, and what the requester's side writes is theirs; any other staff
     * text (starting, closing, assigning) is an internal note.
     */
    public static boolean textReachesRequester(TicketAction action, TicketActor actor) {
        return action.carriesAnswer() || actor != TicketActor.STAFF;
    }
}
