package fr.guichet.ticket;

import fr.guichet.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Watches the SLA clocks: warns at 75 % of a target, marks and escalates a breach, and closes resolved
 * tickets whose reopening window is over. Candidates come from indexed range queries on the stored due
 * dates; each ticket is locked and checked again, so two nodes never warn twice.
 */
@Stateless
public class SlaWatch {

    /** What one pass did, for the log and the tests. */
    public record Pass(int warnings, int breaches, int closed) {
    }

    static final int BATCH = 200;
    private static final Set<TicketStatus> RUNNING = EnumSet.of(TicketStatus.NEW, TicketStatus.ASSIGNED,
            TicketStatus.IN_PROGRESS, TicketStatus.REOPENED);
    private static final DateTimeFormatter PARIS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TicketWorkflow workflow;

    @Inject
    private TicketMails mails;

    public Pass check(Instant now) {
        int warnings = 0;
        int breaches = 0;
        for (Long id : candidates("t.sla.firstRespondedAt IS NULL AND t.sla.firstResponseWarned = FALSE"
                + " AND t.sla.firstResponseWarnAt <= :now", now)) {
            Ticket ticket = locked(id);
            if (RUNNING.contains(ticket.getStatus()) && ticket.getSla().getFirstRespondedAt() == null) {
                warn(ticket, SlaTargetKind.FIRST_RESPONSE, ticket.getSla().getFirstResponseDue(), now);
                warnings++;
            }
        }
        for (Long id : candidates("t.sla.resolutionWarned = FALSE AND t.sla.resolutionWarnAt <= :now", now)) {
            warn(locked(id), SlaTargetKind.RESOLUTION, locked(id).getSla().getResolutionDue(), now);
            warnings++;
        }
        for (Long id : candidates("t.sla.firstRespondedAt IS NULL AND t.sla.firstResponseBreached = FALSE"
                + " AND t.sla.firstResponseDue <= :now", now)) {
            breach(locked(id), SlaTargetKind.FIRST_RESPONSE, locked(id).getSla().getFirstResponseDue(), now);
            breaches++;
        }
        for (Long id : candidates("t.sla.resolutionBreached = FALSE AND t.sla.resolutionDue <= :now", now)) {
            breach(locked(id), SlaTargetKind.RESOLUTION, locked(id).getSla().getResolutionDue(), now);
            breaches++;
        }
        return new Pass(warnings, breaches, closeExpired(now));
    }

    private List<Long> candidates(String condition, Instant now) {
        return em.createQuery("SELECT t.id FROM Ticket t WHERE t.status IN :running AND " + condition + " ORDER BY t.id", Long.class)
                .setParameter("running", RUNNING).setParameter("now", now).setMaxResults(BATCH).getResultList();
    }

    private Ticket locked(long id) {
        return em.find(Ticket.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private void warn(Ticket ticket, SlaTargetKind kind, Instant due, Instant now) {
        ticket.getSla().markWarned(kind);
        workflow.record(ticket, TicketEvent.Kind.SLA_WARNING, ticket.getStatus(), kind + " " + PARIS.format(due), false, now);
        mails.slaWarning(ticket, kind, PARIS.format(due));
    }

    private void breach(Ticket ticket, SlaTargetKind kind, Instant due, Instant now) {
        ticket.getSla().markBreached(kind);
        workflow.record(ticket, TicketEvent.Kind.SLA_BREACH, ticket.getStatus(), kind + " " + PARIS.format(due), false, now);
        SupportGroup group = em.find(SupportGroup.class, ticket.getGroupId());
        mails.slaBreached(ticket, kind, group.getManagerId(), PARIS.format(due));
    }

    /** Resolved for seven days without being reopened: the platform closes the ticket. */
    private int closeExpired(Instant now) {
        List<Long> expired = em.createQuery("SELECT t.id FROM Ticket t WHERE t.status = :resolved AND t.resolvedAt <= :limit"
                        + " ORDER BY t.id", Long.class)
                .setParameter("resolved", TicketStatus.RESOLVED)
                .setParameter("limit", now.minus(TicketStateMachine.REOPEN_WINDOW))
                .setMaxResults(BATCH).getResultList();
        for (Long id : expired) {
            Ticket ticket = locked(id);
            if (TicketStateMachine.closesItself(ticket.getStatus(), ticket.getResolvedAt(), now)) {
                workflow.move(ticket, TicketAction.CLOSE, TicketActor.PLATFORM, Caller.SYSTEM, null, false, now);
            }
        }
        return expired.size();
    }
}
