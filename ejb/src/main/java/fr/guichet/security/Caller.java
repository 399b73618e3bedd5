package fr.guichet.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The caller of the current request, set once by the web layer after authentication. Without an
 * identity nothing of any member is visible (an anonymous request fails closed); timers, start-up work
 * and the check of credentials say explicitly that they act for the platform, which sees all members.
 */
@RequestScoped
public class Caller {

    public static final String SYSTEM = "system";

    private CallerIdentity identity;
    private boolean platform;

    public void establish(CallerIdentity identity) {
        this.identity = identity;
        this.platform = false;
    }

    /** For the rest of this timer run or start-up task: the platform acts, with no user behind it. */
    public void actAsPlatform() {
        this.identity = null;
        this.platform = true;
    }

    /**
     * Runs one piece of platform work inside a request (checking a password, even on a login page opened
     * by someone of another member still signed in); whoever was the caller is the caller again afterwards.
     */
    public <T> T asPlatform(Supplier<T> work) {
        CallerIdentity before = identity;
        boolean wasPlatform = platform;
        identity = null;
        platform = true;
        try {
            return work.get();
        } finally {
            identity = before;
            platform = wasPlatform;
        }
    }

    /** Whether the platform itself is acting (no user): the only caller allowed to run platform tasks. */
    public boolean isPlatform() {
        return platform && identity == null;
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
        if (identity != null) {
            return identity.scope();
        }
        return platform ? MemberScope.ALL_MEMBERS : MemberScope.NONE;
    }

    /** Refuses the call unless the caller has one of these roles. */
    public CallerIdentity requireAnyRole(Role... roles) {
        CallerIdentity current = required();
        if (!current.hasAnyRole(roles)) {
            throw new AccessDeniedException();
        }
        return current;
    }

    /** Refuses the call unless the caller is of the syndicate's staff and has one of these roles. */
    public CallerIdentity requireStaff(Role... roles) {
        CallerIdentity current = requireAnyRole(roles);
        if (!current.isStaff()) {
            throw new AccessDeniedException();
        }
        return current;
    }

    /** Refuses the call unless the platform acts (a timer) or a staff member with one of these roles asked for it now. */
    public void requirePlatformOrStaff(Role... roles) {
        if (!isPlatform()) {
            requireStaff(roles);
        }
    }
}
