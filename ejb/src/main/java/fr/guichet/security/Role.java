package fr.guichet.security;

import java.util.Locale;

/**
 * What a user may do. Member roles belong to users of a member (commune or partner); staff roles to
 * the syndicate's own people, who have no member and see every member's data.
 */
public enum Role {
    AGENT(true),
    REFERENT(true),
    TECHNICIAN(false),
    MANAGER(false),
    DIRECTOR(false),
    ADMIN(false);

    private final boolean memberRole;

    Role(boolean memberRole) {
        this.memberRole = memberRole;
    }

    public boolean isMemberRole() {
        return memberRole;
    }

    /** The name the servlet container and {@code @RolesAllowed} know this role by. */
    public String groupName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
