package fr.guichet.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberScopeTest {

    private static final CallerIdentity GIVORS_AGENT =
            new CallerIdentity(10, "givors.agent1", "A", 3L, "Givors", Set.of(Role.AGENT), "fr");
    private static final CallerIdentity TECHNICIAN =
            new CallerIdentity(2, "tech1", "T", null, null, Set.of(Role.TECHNICIAN), "fr");

    @Test
    void communeUserSeesOnlyTheirMember() {
        MemberScope scope = GIVORS_AGENT.scope();
        assertTrue(scope.allows(3L));
        assertFalse(scope.allows(7L));
        assertFalse(scope.allows(null), "rows of no member are not a commune user's either");
        assertEquals(3L, scope.memberIdOrNull());
    }

    @Test
    void queriesKeepTheMemberTheScopeAllows() {
        MemberScope givors = GIVORS_AGENT.scope();
        assertEquals(3L, givors.memberFor(null), "a commune user's lists are their member's");
        assertEquals(3L, givors.memberFor(3L));
        assertEquals(-1L, givors.memberFor(7L), "asking for another member finds nothing, never widens");
        MemberScope staff = TECHNICIAN.scope();
        assertEquals(null, staff.memberFor(null), "staff see every member");
        assertEquals(7L, staff.memberFor(7L));
        assertEquals(-1L, MemberScope.NONE.memberFor(null), "no identity, no member");
    }

    @Test
    void staffSeeAllMembers() {
        MemberScope scope = TECHNICIAN.scope();
        assertTrue(scope.isAllMembers());
        assertTrue(scope.allows(7L));
    }

    @Test
    void noCallerSeesNoMemberUnlessThePlatformActs() {
        Caller nobody = new Caller();
        assertFalse(nobody.scope().isAllMembers());
        assertFalse(nobody.scope().allows(3L));
        assertFalse(nobody.isPlatform());
        assertEquals(Caller.SYSTEM, nobody.login());
        Caller timer = new Caller();
        timer.actAsPlatform();
        assertTrue(timer.scope().isAllMembers());
        assertTrue(timer.isPlatform());
    }

    @Test
    void platformWorkInsideARequestEndsWithIt() {
        Caller anonymous = new Caller();
        assertTrue(anonymous.asPlatform(() -> anonymous.scope().isAllMembers()));
        assertFalse(anonymous.scope().allows(3L), "the anonymous request is empty again afterwards");
        Caller agent = new Caller();
        agent.establish(GIVORS_AGENT);
        assertTrue(agent.asPlatform(() -> agent.isPlatform() && agent.scope().allows(7L)), "another member's login is checked");
        assertFalse(agent.scope().allows(7L), "the user's own scope is back afterwards");
        assertEquals(GIVORS_AGENT, agent.required());
    }

    @Test
    void roleChecksRefuseOtherRoles() {
        Caller caller = new Caller();
        caller.establish(GIVORS_AGENT);
        assertThrows(AccessDeniedException.class, () -> caller.requireAnyRole(Role.ADMIN, Role.REFERENT));
        assertEquals(GIVORS_AGENT, caller.requireAnyRole(Role.AGENT));
        assertThrows(AccessDeniedException.class, () -> new Caller().required());
    }
}
