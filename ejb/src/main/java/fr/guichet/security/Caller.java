package fr.guichet.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The caller of the current request, set once by the web layer after authentication. Timers and
 * start-up work run without a caller: they act as the system and see all members.
 */
@RequestScoped
public class Caller {

    public static final String SYSTEM = "system";

    private CallerIdentity identity;

    public void establish(CallerIdentity identity) {
        this.identity = identity;
    }

    public Optional<CallerIdentity> identity() {
        return Optional.ofNullable(identity);
    }

    public CallerIdentity required() {
        if (identity == null) {
            throw new AccessDeniedException();
        }
        return identity;
    }

    public String login() {
        return identity == null ? SYSTEM : identity.login();
    }

    public MemberScope scope() {
        return identity == null ? MemberScope.ALL_MEMBERS : identity.scope();
    }

    /** Refuses the call unless the caller has one of these roles. */
    public CallerIdentity requireAnyRole(Role... roles) {
        CallerIdentity current = required();
        if (!current.hasAnyRole(roles)) {
            throw new AccessDeniedException();
        }
        return current;
    }
}
