package fr.guichet.identity;

import java.time.Duration;

/** The lockout rule: after this many consecutive failures, the account refuses logins for a while. */
public final class LoginLockout {

    public static final int MAX_FAILURES = 5;
    public static final Duration DURATION = Duration.ofMinutes(15);

    private LoginLockout() {
    }
}
