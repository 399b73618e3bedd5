package fr.guichet.automation;

import fr.guichet.common.StoredTexts;
import fr.guichet.security.Caller;
import fr.guichet.security.Role;
import fr.guichet.sla.SlaSettings;
import fr.guichet.ticket.Ticket;
import fr.guichet.ticket.TicketChanges;
import fr.guichet.ticket.TicketStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One pass of the timed rules: remind requesters who leave a question unanswered, tell group managers of tickets
 * nobody took, close tickets resolved long enough. A rule acts once per ticket and per wait (or per resolution);
 * each ticket is locked and checked again, so two nodes never act twice.
 */
@Stateless
public class TimedRules {

    static final int BATCH = 200;
    private static final Set<TicketStatus> RUNNING = EnumSet.of(TicketStatus.NEW, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS,
            TicketStatus.REOPENED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private RuleCache rules;

    @Inject
    private RuleRunner runner;

    @Inject
    private TicketChanges changes;

    @Inject
    private SlaSettings sla;

    /** Run by the timer (the platform), or at once by a manager from the rules page; returns how many rules acted. */
    public int runAll(Instant now) {
        caller.requirePlatformOrStaff(Role.MANAGER, Role.ADMIN);
        int acted = 0;
        for (RuleTrigger trigger : EnumSet.of(RuleTrigger.REMIND_WAITING, RuleTrigger.ESCALATE_UNASSIGNED, RuleTrigger.CLOSE_RESOLVED)) {
            for (RuleDefinition rule : rules.active(trigger)) {
                acted += run(rule, now);
            }
        }
        return acted;
    }

    private int run(RuleDefinition rule, Instant now) {
        int acted = 0;
        for (Long id : candidates(rule, now)) {
            Ticket ticket = em.find(Ticket.class, id, LockModeType.PESSIMISTIC_WRITE);
            Instant since = since(rule.trigger(), ticket);
            if (since == null || !rule.conditions().matches(RuleRunner.facts(ticket)) || alreadyActed(rule, ticket, since)
                    || !RuleDelay.hasPassed(rule.trigger(), rule.delay(), since, now, sla.calendar(ticket.getSla().getCalendarCode(), ticket.getMemberId()))) {
                continue;
            }
            String label = StoredTexts.get("stored.rule.label", rule.name());
            try {
                String detail = switch (rule.trigger()) {
                    case REMIND_WAITING -> StoredTexts.get("stored.rule.reminded", changes.remind(ticket, label));
                    case ESCALATE_UNASSIGNED -> StoredTexts.get("stored.rule.escalated", changes.escalate(ticket, label));
                    default -> StoredTexts.get("stored.rule.closed", changes.close(ticket, label));
                };
                runner.record(rule, ticket, true, detail);
                acted++;
            } catch (TicketChanges.Refused refused) {
                runner.record(rule, ticket, false, StoredTexts.get("stored.rule.failed", refused.getMessage()));
            }
        }
        return acted;
    }

    /**
     * Tickets in the rule's state for at least the delay in calendar time (business time is never shorter), on
     * the status indexes; the exact business delay is checked per ticket.
     */
    private List<Long> candidates(RuleDefinition rule, Instant now) {
        Duration atLeast = rule.trigger() == RuleTrigger.ESCALATE_UNASSIGNED ? Duration.ofHours(rule.delay()) : Duration.ofDays(rule.delay());
        Instant before = now.minus(atLeast);
        String query = switch (rule.trigger()) {
            case REMIND_WAITING -> "SELECT t.id FROM Ticket t WHERE t.status = :waiting AND t.sla.pausedSince <= :before ORDER BY t.id";
            case ESCALATE_UNASSIGNED -> "SELECT t.id FROM Ticket t WHERE t.status IN :running AND t.assigneeId IS NULL"
                    + " AND t.createdAt <= :before ORDER BY t.id";
            default -> "SELECT t.id FROM Ticket t WHERE t.status = :resolved AND t.resolvedAt <= :before ORDER BY t.id";
        };
        var found = em.createQuery(query, Long.class).setParameter("before", before);
        switch (rule.trigger()) {
            case REMIND_WAITING -> found.setParameter("waiting", TicketStatus.WAITING_REQUESTER);
            case ESCALATE_UNASSIGNED -> found.setParameter("running", RUNNING);
            default -> found.setParameter("resolved", TicketStatus.RESOLVED);
        }
        return found.setMaxResults(BATCH).getResultList();
    }

    private static Instant since(RuleTrigger trigger, Ticket ticket) {
        return switch (trigger) {
            case REMIND_WAITING -> ticket.getStatus() == TicketStatus.WAITING_REQUESTER ? ticket.getSla().getPausedSince() : null;
            case ESCALATE_UNASSIGNED -> ticket.getAssigneeId() == null && ticket.isOpen() ? ticket.getCreatedAt() : null;
            default -> ticket.getStatus() == TicketStatus.RESOLVED ? ticket.getResolvedAt() : null;
        };
    }

    /** Once per wait or resolution: a run of this rule on this ticket since it entered the state. */
    private boolean alreadyActed(RuleDefinition rule, Ticket ticket, Instant since) {
        return !em.createQuery("SELECT x.id FROM RuleRun x WHERE x.ruleId = :rule AND x.ticketId = :ticket AND x.firedAt >= :since",
                        Long.class)
                .setParameter("rule", rule.id()).setParameter("ticket", ticket.getId()).setParameter("since", since)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
