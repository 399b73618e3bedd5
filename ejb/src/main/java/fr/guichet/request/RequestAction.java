package fr.guichet.request;

import java.util.Locale;

/**
 * What someone does to a request. {@code ROUTE} is the platform's own step after submission: a request
 * that still needs the commune's approval goes to its référents.
 */
public enum RequestAction {
    SUBMIT, ROUTE, APPROVE, REJECT, TAKE, ASSIGN, DELIVER, CANCEL;

    /** The action named in the API ("approve", "take"...); ROUTE is not for callers. */
    public static RequestAction fromApi(String name) {
        try {
            RequestAction action = valueOf(name == null ? "" : name.trim().toUpperCase(Locale.ROOT));
            if (action != ROUTE) {
                return action;
            }
        } catch (IllegalArgumentException unknown) {
            // falls through to the refusal below
        }
        throw new fr.guichet.common.BusinessRuleException("request.action.unknown", String.valueOf(name));
    }
}
