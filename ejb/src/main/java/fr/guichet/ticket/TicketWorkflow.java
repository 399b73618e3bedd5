package fr.guichet.ticket;

import fr.guichet.audit.AuditLog;
import fr.guichet.security.Caller;
import fr.guichet.sla.SlaClock;
import fr.guichet.sla.SlaSettings;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Moves a ticket through its state machine and keeps its SLA clock right: entering a waiting or
 * resolved state opens a pause, leaving it closes the pause and recomputes the due dates. Shared by the
 * ticket service, the SLA watch and the mail poller; runs in their transaction (plain CDI bean).
 */
@Dependent
class TicketWorkflow {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private SlaSettings sla;

    @Inject
    private AuditLog audit;

    void move(Ticket ticket, TicketAction action, TicketActor actor, String login, String detail, boolean publicDetail,
              Instant now) {
        TicketStatus from = ticket.getStatus();
        TicketStatus to = TicketStateMachine.next(from, action, actor, ticket.getResolvedAt(), now);
        boolean wasPaused = ticket.getSla().getPausedSince() != null;
        if (to == TicketStatus.RESOLVED) {
            ticket.recordResolutionTime(clock(ticket).elapsed(ticket.getCreatedAt(), now,
                    pauses(ticket).stream().map(TicketPause::toPause).toList()));
        }
        ticket.moveTo(to, now);
        if (!wasPaused && ticket.getSla().getPausedSince() != null) {
            em.persist(new TicketPause(ticket, now));
            if (to.pausesTheClock()) {
                // Waiting: no due date until the requester answers (a resolved ticket keeps its dates for reports).
                schedule(ticket, pauses(ticket).stream().map(TicketPause::toPause).toList());
            }
        } else if (wasPaused && ticket.getSla().getPausedSince() == null) {
            List<TicketPause> pauses = pauses(ticket);
            pauses.stream().filter(TicketPause::isOpen).forEach(pause -> pause.end(now));
            schedule(ticket, pauses.stream().map(TicketPause::toPause).toList());
        }
        record(ticket, TicketEvent.of(action), from, detail, publicDetail, now);
        audit.recordAs(login, action.name(), TicketService.ENTITY, ticket.getId(), ticket.getMemberId(), from + " → " + to);
    }

    /** Due dates again from the ticket's targets and all its pauses, after its targets changed. */
    void reschedule(Ticket ticket) {
        schedule(ticket, pauses(ticket).stream().map(TicketPause::toPause).toList());
    }

    void schedule(Ticket ticket, List<SlaClock.Pause> pauses) {
        ticket.schedule(clock(ticket), pauses);
    }

    private SlaClock clock(Ticket ticket) {
        return new SlaClock(sla.calendar(ticket.getSla().getCalendarCode(), ticket.getMemberId()));
    }

    /** A history line; {@code publicDetail} says whether the commune may read its detail. */
    void record(Ticket ticket, TicketEvent.Kind kind, TicketStatus from, String detail, boolean publicDetail, Instant now) {
        em.persist(new TicketEvent(ticket, caller.login(), kind, from, detail, publicDetail, now));
        // Inserted now: EclipseLink does not keep the persist order of new rows, and ids break time ties.
        em.flush();
    }

    private List<TicketPause> pauses(Ticket ticket) {
        return em.createQuery("SELECT p FROM TicketPause p WHERE p.ticketId = :id ORDER BY p.fromAt", TicketPause.class)
                .setParameter("id", ticket.getId()).getResultList();
    }
}
