package fr.guichet.security;

import fr.guichet.common.NotFoundException;

/**
 * A row of another member reached a commune user: a query forgot its scope. Reported to the caller as
 * "not found" so that nothing about the row leaks, and logged as the bug it is.
 */
public class MemberIsolationViolation extends NotFoundException {

    public MemberIsolationViolation(Object entity) {
        super(entity.getClass().getSimpleName(), "?");
    }
}
