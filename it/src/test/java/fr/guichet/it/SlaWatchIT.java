package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.guichet.identity.CredentialService;
import fr.guichet.notification.OutboxMessage;
import fr.guichet.security.Caller;
import fr.guichet.ticket.Channel;
import fr.guichet.sla.Impact;
import fr.guichet.ticket.NewTicket;
import fr.guichet.ticket.SlaWatch;
import fr.guichet.ticket.Ticket;
import fr.guichet.ticket.TicketAction;
import fr.guichet.ticket.TicketEvent;
import fr.guichet.ticket.TicketHistoryLine;
import fr.guichet.ticket.TicketService;
import fr.guichet.ticket.TicketStatus;
import fr.guichet.sla.TicketType;
import fr.guichet.sla.Urgency;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SLA watch inside the server, run at chosen instants: a warning at 75 % of a target, then the
 * breach marked and escalated by mail to the group's manager, and resolved tickets closing themselves.
 */
@ExtendWith(ArquillianExtension.class)
class SlaWatchIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(SlaWatchIT.class);
    }

    @Inject
    private Caller caller;

    @Inject
    private CredentialService credentials;

    @Inject
    private TicketService tickets;

    @Inject
    private SlaWatch watch;

    @PersistenceContext
    private EntityManager em;

    private void actAs(String login) {
        caller.establish(null);
        caller.establish(credentials.authenticate(login, "Demo-2026", "127.0.0.1").orElseThrow());
    }

    /** Timers act as the platform: no user, all members. */
    private SlaWatch.Pass watchAt(Instant now) {
        caller.actAsPlatform();
        return watch.check(now);
    }

    private Ticket reload(long id) {
        actAs("tech1");
        return tickets.get(id);
    }

    private List<TicketEvent.Kind> history(long id) {
        actAs("tech1");
        return tickets.history(id).stream().map(TicketHistoryLine::kind).toList();
    }

    private boolean mailed(String email, String subjectPart) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.recipient = :to", OutboxMessage.class)
                .setParameter("to", email).getResultStream().anyMatch(m -> m.getSubject().contains(subjectPart));
    }

    @Test
    void warnsAtThreeQuartersThenMarksAndEscalatesTheBreach() {
        actAs("rive-de-gier.agent1");
        Ticket ticket = tickets.open(new NewTicket("Panne du poste de l'accueil", "Il ne démarre plus.", TicketType.INCIDENT,
                null, Impact.USER, Urgency.MEDIUM), Channel.WEB);
        long id = ticket.getId();
        Instant warnAt = ticket.getSla().getFirstResponseWarnAt();
        Instant due = ticket.getSla().getFirstResponseDue();
        assertTrue(warnAt.isBefore(due));

        watchAt(warnAt.minusSeconds(1));
        assertFalse(history(id).contains(TicketEvent.Kind.SLA_WARNING), "nothing before 75 %");

        watchAt(warnAt);
        assertEquals(1, history(id).stream().filter(k -> k == TicketEvent.Kind.SLA_WARNING).count());
        assertTrue(mailed("chef.projet1@sitiv.example.fr", ticket.getReference() + " — première réponse attendue"),
                "unassigned: the group's manager is warned");
        watchAt(warnAt.plusSeconds(30));
        assertEquals(1, history(id).stream().filter(k -> k == TicketEvent.Kind.SLA_WARNING).count(), "warned once");

        watchAt(due.plusSeconds(1));
        Ticket breached = reload(id);
        assertTrue(breached.getSla().isFirstResponseBreached());
        assertFalse(breached.getSla().isResolutionBreached());
        assertTrue(mailed("chef.projet1@sitiv.example.fr", ticket.getReference() + " — délai de première réponse dépassé"));

        actAs("tech1");
        tickets.comment(id, "Nous arrivons.", false, Channel.WEB);
        assertTrue(reload(id).getSla().isFirstResponseBreached(), "a late answer keeps the breach for reports");
        watchAt(reload(id).getSla().getResolutionDue().plusSeconds(1));
        assertTrue(reload(id).getSla().isResolutionBreached());
        assertTrue(mailed("chef.projet1@sitiv.example.fr", ticket.getReference() + " — délai de résolution dépassé"));
    }

    @Test
    void aWaitingTicketIsNeitherWarnedNorBreached() {
        actAs("rive-de-gier.agent2");
        long id = tickets.open(new NewTicket("Droits sur le dossier partagé", "Accès refusé.", TicketType.REQUEST,
                null, Impact.USER, Urgency.LOW), Channel.WEB).getId();
        actAs("tech2");
        tickets.assign(List.of(id), tickets.get(id).getGroupId(), caller.required().userId(), null);
        tickets.act(id, TicketAction.WAIT_FOR_REQUESTER, "Quel dossier ?");
        watchAt(Instant.now().plus(Duration.ofDays(60)));
        Ticket waiting = reload(id);
        assertFalse(waiting.getSla().isResolutionBreached(), "the clock stands still while waiting for the requester");
        assertEquals(TicketStatus.WAITING_REQUESTER, waiting.getStatus());
    }

    @Test
    void aResolvedTicketClosesItselfAfterSevenDays() {
        actAs("rive-de-gier.agent3");
        long id = tickets.open(new NewTicket("Mot de passe oublié", "Je ne peux plus me connecter.", TicketType.QUESTION,
                null, Impact.USER, Urgency.LOW), Channel.WEB).getId();
        actAs("tech1");
        tickets.act(id, TicketAction.RESOLVE, "Mot de passe réinitialisé.");
        Instant resolvedAt = reload(id).getResolvedAt();
        watchAt(resolvedAt.plus(Duration.ofDays(7)).minusSeconds(60));
        assertEquals(TicketStatus.RESOLVED, reload(id).getStatus());
        watchAt(resolvedAt.plus(Duration.ofDays(7)).plusSeconds(1));
        Ticket closed = reload(id);
        assertEquals(TicketStatus.CLOSED, closed.getStatus());
        assertTrue(history(id).contains(TicketEvent.Kind.CLOSE));
    }
}
