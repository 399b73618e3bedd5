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

import fr.guichet.common.BusinessRuleException;
import fr.guichet.security.AccessDeniedException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The rules of a service request, in one table: from which state each action leads where, and who may
 * take it. The commune stays maître d'ouvrage: only its référents approve or reject before the
 * syndicate takes the request.
 */
public final class RequestStateMachine {

    private record Rule(RequestStatus target, Predicate<RequestActor> allowed) {
    }

    private static final Map<RequestStatus, Map<RequestAction, Rule>> RULES = new EnumMap<>(RequestStatus.class);

    private static final Predicate<RequestActor> REQUESTER = RequestActor::requester;
    private static final Predicate<RequestActor> REFERENT = RequestActor::referentOfMember;
    private static final Predicate<RequestActor> PLATFORM = RequestActor::platform;
    private static final Predicate<RequestActor> WORKER = RequestActor::syndicateWorker;
    private static final Predicate<RequestActor> MANAGER = RequestActor::manager;
    private static final Predicate<RequestActor> COMMUNE = REQUESTER.or(REFERENT);

    static {
        rule(DRAFT, SUBMIT, SUBMITTED, REQUESTER);
        rule(DRAFT, CANCEL, CANCELLED, COMMUNE);
        rule(SUBMITTED, ROUTE, AWAITING_APPROVAL, PLATFORM);
        rule(SUBMITTED, APPROVE, APPROVED, REFERENT);
        rule(SUBMITTED, CANCEL, CANCELLED, COMMUNE);
        rule(AWAITING_APPROVAL, APPROVE, APPROVED, REFERENT);
        rule(AWAITING_APPROVAL, REJECT, REJECTED, REFERENT);
        rule(AWAITING_APPROVAL, CANCEL, CANCELLED, COMMUNE);
        rule(APPROVED, TAKE, IN_PROGRESS, WORKER);
        rule(APPROVED, ASSIGN, IN_PROGRESS, MANAGER);
        rule(IN_PROGRESS, ASSIGN, IN_PROGRESS, MANAGER);
        rule(APPROVED, REJECT, REJECTED, MANAGER);
        rule(APPROVED, CANCEL, CANCELLED, COMMUNE.or(MANAGER));
        rule(IN_PROGRESS, DELIVER, DELIVERED, MANAGER.or(RequestActor::assignee));
        rule(IN_PROGRESS, CANCEL, CANCELLED, MANAGER);
    }

    private RequestStateMachine() {
    }

    private static void rule(RequestStatus from, RequestAction action, RequestStatus to, Predicate<RequestActor> who) {
        RULES.computeIfAbsent(from, s -> new EnumMap<>(RequestAction.class)).put(action, new Rule(to, who));
    }

    /** Whether the action exists from this state (whoever takes it). */
    public static boolean isDefined(RequestStatus from, RequestAction action) {
        return RULES.getOrDefault(from, Map.of()).containsKey(action);
    }

    /** Whether this actor may take this action now. */
    public static boolean allows(RequestStatus from, RequestAction action, RequestActor actor) {
        Rule rule = RULES.getOrDefault(from, Map.of()).get(action);
        return rule != null && rule.allowed().test(actor);
    }

    /**
     * The state the action leads to; refuses an action that does not exist from this state (a
     * business rule) or that this actor may not take (access denied).
     */
    public static RequestStatus next(RequestStatus from, RequestAction action, RequestActor actor) {
        Rule rule = RULES.getOrDefault(from, Map.of()).get(action);
        if (rule == null) {
            throw new BusinessRuleException("request.transition.illegal", "request.action." + action, "request.status." + from);
        }
        if (!rule.allowed().test(actor)) {
            throw new AccessDeniedException();
        }
        return rule.target();
    }
}
