package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.guichet.audit.AuditFilter;
import fr.guichet.audit.AuditLog;
import fr.guichet.common.NotFoundException;
import fr.guichet.common.PageRequest;
import fr.guichet.identity.CredentialService;
import fr.guichet.identity.LoginThrottles;
import java.time.Instant;
import fr.guichet.identity.UserFilter;
import fr.guichet.identity.UserService;
import fr.guichet.member.Member;
import fr.guichet.member.MemberDetails;
import fr.guichet.member.MemberService;
import fr.guichet.security.AccessDeniedException;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.MemberIsolationViolation;
import fr.guichet.security.MemberScope;
import fr.guichet.identity.UserAccount;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Services inside the server: member isolation at the service and persistence layers, and the audit trail. */
@ExtendWith(ArquillianExtension.class)
class ServicesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ServicesIT.class);
    }

    @Inject
    private Caller caller;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CredentialService credentials;

    @Inject
    private LoginThrottles throttles;

    @Inject
    private MemberService members;

    @Inject
    private UserService users;

    @Inject
    private AuditLog audit;

    @Resource
    private UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/GuichetDS")
    private DataSource dataSource;

    private void actAs(String login) {
        caller.establish(null);
        CallerIdentity identity = credentials.authenticate(login, "Demo-2026", "127.0.0.1").orElseThrow();
        caller.establish(identity);
    }

    private long memberId(String slug) {
        caller.actAsPlatform();
        return members.listVisible().stream().filter(m -> m.getSlug().equals(slug)).findFirst().orElseThrow().getId();
    }

    @Test
    void givorsAgentCannotReadCorbasThroughServices() {
        long corbas = memberId("corbas");
        actAs("givors.agent1");
        assertThrows(NotFoundException.class, () -> members.get(corbas));
        assertEquals(1, members.listVisible().size());
        assertEquals("Givors", members.listVisible().get(0).getName());
    }

    @Test
    void givorsReferentListsOnlyGivorsAccounts() {
        long corbas = memberId("corbas");
        actAs("givors.referent");
        var page = users.search(new UserFilter(null, corbas, null, null), new PageRequest(0, 50));
        assertEquals(0, page.total(), "filtering on another member yields nothing");
        var own = users.search(UserFilter.none(), new PageRequest(0, 50));
        assertEquals(4, own.total());
        own.items().forEach(row -> assertEquals("Givors", row.memberName()));
    }

    @Test
    void givorsReferentCannotChangeCorbas() {
        long corbas = memberId("corbas");
        actAs("givors.referent");
        assertThrows(NotFoundException.class,
                () -> members.updateContact(corbas, new fr.guichet.member.MemberContact("x@givors.example.fr", null)));
        MemberDetails takeover = new MemberDetails("Corbas", fr.guichet.member.MemberKind.COMMUNE, "69273", 1,
                java.time.LocalDate.of(2014, 1, 1), null, true, null, null);
        assertThrows(AccessDeniedException.class, () -> members.update(corbas, takeover));
    }

    /** A stranger's failures slow a login down, but never where its owner logged in from lately. */
    @Test
    void aStrangersFailuresNeverKeepTheOwnerOutOfTheirUsualAddress() throws InterruptedException {
        String login = "rive-de-gier.agent3";
        assertTrue(credentials.authenticate(login, "Demo-2026", "10.1.1.1").isPresent(), "the owner's usual address");
        for (int i = 0; i < 5; i++) {
            assertTrue(credentials.authenticate(login, "mauvais-" + i, "10.9.9.9").isEmpty());
        }
        Thread.sleep(1_100);
        assertTrue(credentials.authenticate(login, "mauvais-5", "10.9.9.9").isEmpty());
        assertTrue(throttles.delayedUntil(login, Instant.now()).isPresent(), "the login is slowed down");
        assertTrue(credentials.authenticate(login, "Demo-2026", "10.9.9.9").isEmpty(), "for the stranger's address");
        assertTrue(credentials.authenticate(login, "Demo-2026", "10.1.1.1").isPresent(), "not for the owner's");
    }

    /** A request nobody authenticated sees no member's rows: the scope fails closed, only the platform sees all. */
    @Test
    void withoutIdentityTheScopeFailsClosed() {
        caller.establish(null);
        assertEquals(MemberScope.NONE, caller.scope());
        RuntimeException refused = assertThrows(RuntimeException.class, () -> em.createQuery(
                "SELECT u FROM UserAccount u WHERE u.member IS NOT NULL", UserAccount.class).setMaxResults(1).getResultList());
        assertTrue(causes(refused).anyMatch(MemberIsolationViolation.class::isInstance), refused::toString);
        caller.actAsPlatform();
        assertEquals(1, em.createQuery("SELECT u FROM UserAccount u WHERE u.member IS NOT NULL", UserAccount.class)
                .setMaxResults(1).getResultList().size());
    }

    private static java.util.stream.Stream<Throwable> causes(Throwable failure) {
        return java.util.stream.Stream.iterate(failure, java.util.Objects::nonNull, Throwable::getCause);
    }

    @Test
    void aQueryThatForgetsTheScopeFailsInsteadOfLeaking() {
        actAs("admin");
        long corbasUser = users.search(new UserFilter("corbas.agent1", null, null, null), new PageRequest(0, 1))
                .items().get(0).id();
        actAs("givors.agent1");
        // A read by id with no scope in the query: the persistence layer itself must refuse to hand a
        // Corbas row to a Givors caller.
        RuntimeException refused = assertThrows(RuntimeException.class, () -> em.find(UserAccount.class, corbasUser));
        assertTrue(causes(refused).anyMatch(MemberIsolationViolation.class::isInstance), refused::toString);
        // Checking a login is the platform's work: a Givors user still signed in may log in as Corbas' user.
        assertEquals("corbas.agent1", credentials.authenticate("corbas.agent1", "Demo-2026", "127.0.0.1").orElseThrow().login());
        assertEquals("givors.agent1", caller.required().login(), "the Givors caller is back afterwards");
    }

    @Test
    void auditEntryIsWrittenWithTheChangeAndRolledBackWithIt() throws Exception {
        long grigny = memberId("grigny");
        actAs("admin");
        AuditFilter updates = new AuditFilter(null, "member", String.valueOf(grigny), "UPDATE", null, null);
        long before = audit.search(updates, new PageRequest(0, 1)).total();
        MemberDetails details = members.get(grigny).details();
        MemberDetails bigger = new MemberDetails(details.name(), details.kind(), details.inseeCode(),
                details.population() + 1, details.memberSince(), details.memberUntil(), details.active(),
                details.contactEmail(), details.contactPhone());

        transaction.begin();
        members.update(grigny, bigger);
        transaction.rollback();
        assertEquals(before, audit.search(updates, new PageRequest(0, 1)).total(), "no entry without the change");
        assertEquals(details.population(), members.get(grigny).getPopulation(), "no change either");

        transaction.begin();
        Member updated = members.update(grigny, bigger);
        transaction.commit();
        assertEquals(details.population() + 1, updated.getPopulation());
        var entries = audit.search(updates, new PageRequest(0, 1));
        assertEquals(before + 1, entries.total());
        assertEquals("admin", entries.items().get(0).getActorLogin());
        assertEquals("population: " + details.population() + " → " + (details.population() + 1),
                entries.items().get(0).getSummary());
    }

    @Test
    void auditLogRefusesEditsAndDeletions() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("UPDATE audit_entry SET summary = 'effacé'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM audit_entry"));
        }
    }
}
