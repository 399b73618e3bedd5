package fr.guichet.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleRulesTest {

    @Test
    void memberUsersHoldAgentOrReferentRoles() {
        assertDoesNotThrow(() -> RoleRules.check(true, Set.of(Role.AGENT)));
        assertDoesNotThrow(() -> RoleRules.check(true, Set.of(Role.AGENT, Role.REFERENT)));
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> RoleRules.check(true, Set.of(Role.REFERENT, Role.ADMIN)));
        assertEquals("user.roles.staffRoleForMember", refused.messageKey());
    }

    @Test
    void staffHoldStaffRolesOnly() {
        assertDoesNotThrow(() -> RoleRules.check(false, Set.of(Role.TECHNICIAN, Role.MANAGER)));
        assertEquals("user.roles.memberRoleForStaff",
                assertThrows(BusinessRuleException.class, () -> RoleRules.check(false, Set.of(Role.AGENT))).messageKey());
    }

    @Test
    void everyAccountNeedsARole() {
        assertEquals("user.roles.required",
                assertThrows(BusinessRuleException.class, () -> RoleRules.check(true, Set.of())).messageKey());
    }
}
