package fr.guichet.security;

import fr.guichet.common.DomainException;
import jakarta.ejb.ApplicationException;

/** The caller is known but may not do this. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends DomainException {

    public AccessDeniedException() {
        super("error.forbidden");
    }
}
