package fr.guichet.security;

import java.util.Set;

/** Who is calling: enough to authorise and to scope every query, without touching the database again. */
public record CallerIdentity(long userId, String login, String fullName, Long memberId, String memberName,
                             Set<Role> roles, String locale) {

    public CallerIdentity {
        roles = Set.copyOf(roles);
    }

    public boolean isStaff() {
        return memberId == null;
    }

    public boolean hasAnyRole(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public MemberScope scope() {
        return isStaff() ? MemberScope.ALL_MEMBERS : MemberScope.only(memberId);
    }
}
