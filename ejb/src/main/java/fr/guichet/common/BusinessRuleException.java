package fr.guichet.common;

import jakarta.ejb.ApplicationException;

/** A request that is well formed but breaks a rule of the domain (duplicate login, illegal role...). */
@ApplicationException(rollback = true)
public class BusinessRuleException extends DomainException {

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
