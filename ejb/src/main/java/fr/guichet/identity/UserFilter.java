package fr.guichet.identity;

import fr.guichet.security.Role;

/** Criteria of the user list; every field is optional. {@code text} matches login, name or email. */
public record UserFilter(String text, Long memberId, Role role, Boolean active) {

    public static UserFilter none() {
        return new UserFilter(null, null, null, null);
    }
}
