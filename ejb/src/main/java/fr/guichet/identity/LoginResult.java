package fr.guichet.identity;

import fr.guichet.security.CallerIdentity;
import java.time.Instant;

/** The outcome of a login attempt; an inactive account reads as invalid credentials to the user. */
public record LoginResult(Status status, CallerIdentity identity, Instant lockedUntil) {

    public enum Status { SUCCESS, INVALID, LOCKED }

    static LoginResult success(CallerIdentity identity) {
        return new LoginResult(Status.SUCCESS, identity, null);
    }

    static LoginResult invalid() {
        return new LoginResult(Status.INVALID, null, null);
    }

    static LoginResult locked(Instant until) {
        return new LoginResult(Status.LOCKED, null, until);
    }
}
