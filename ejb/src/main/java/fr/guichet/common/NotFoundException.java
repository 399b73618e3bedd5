package fr.guichet.common;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist, or the caller may not know that it exists. */
@ApplicationException(rollback = true)
public class NotFoundException extends DomainException {

    public NotFoundException(String entityType, Object id) {
        super("error.notFound", entityType, id);
    }
}
