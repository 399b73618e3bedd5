package fr.guichet.identity;

import fr.guichet.security.Role;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** A line of the user list, read with one query per page (no entity loading). */
public record UserRow(long id, String login, String fullName, String email, Long memberId, String memberName,
                      Set<Role> roles, boolean active, Instant loginDelayedUntil) implements Serializable {

    /** Whether failed attempts on this login are slowing its logins down now ({@link LoginThrottle}). */
    public boolean isLoginDelayed() {
        return loginDelayedUntil != null && loginDelayedUntil.isAfter(Instant.now());
    }
}
