package fr.guichet.security;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import java.util.logging.Logger;

/**
 * Default entity listener (declared in orm.xml for every entity): a commune user can neither load nor
 * write a row of another member, whatever query or code path led there. The shared cache is off, so
 * {@code @PostLoad} runs for every row a persistence context receives.
 */
public class MemberIsolationListener {

    private static final Logger LOG = Logger.getLogger(MemberIsolationListener.class.getName());
    private static volatile Caller caller;

    @PostLoad
    @PrePersist
    @PreUpdate
    @PreRemove
    public void checkScope(Object entity) {
        if (!(entity instanceof MemberOwned owned) || owned.owningMemberId() == null) {
            return;
        }
        MemberScope scope = currentScope();
        if (!scope.allows(owned.owningMemberId())) {
            LOG.severe(() -> "Member isolation: " + entity.getClass().getSimpleName() + " of member "
                    + owned.owningMemberId() + " reached a caller limited to " + scope);
            throw new MemberIsolationViolation(entity);
        }
    }

    private static MemberScope currentScope() {
        try {
            Caller current = caller;
            if (current == null) {
                // The request-scoped bean's client proxy: looked up once, it reaches each request's caller.
                current = CDI.current().select(Caller.class).get();
                caller = current;
            }
            return current.scope();
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            // No request, hence no caller to vouch for the read: fail closed.
            return MemberScope.NONE;
        }
    }
}
