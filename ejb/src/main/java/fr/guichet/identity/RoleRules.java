package fr.guichet.identity;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.security.Role;
import java.util.Set;

/** Which roles go with which accounts: member users hold member roles only, staff hold staff roles only. */
public final class RoleRules {

    private RoleRules() {
    }

    public static void check(boolean hasMember, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new BusinessRuleException("user.roles.required");
        }
        for (Role role : roles) {
            if (role.isMemberRole() != hasMember) {
                throw new BusinessRuleException(hasMember ? "user.roles.staffRoleForMember" : "user.roles.memberRoleForStaff",
                        role.groupName());
            }
        }
    }
}
