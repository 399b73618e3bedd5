package fr.guichet.ticket;

import fr.guichet.catalog.CatalogService;
import fr.guichet.catalog.ServiceLevel;
import fr.guichet.security.Caller;
import fr.guichet.sla.Priority;
import fr.guichet.sla.SlaSettings;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * What automation rules may do to a ticket, in the event's transaction. Each change is checked before it is made
 * and refused with a {@link Refused} that changes nothing (nor marks the transaction for rollback), so that a rule
 * that cannot act never costs the ticket. Changes made here raise no {@link TicketActivity}: rules cannot loop.
 */
@Dependent
public class TicketChanges {

    /** A rule's action that could not be made, and why (in French, for the managers' review). */
    public static class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Refused(String reason) {
            super(reason);
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TicketWorkflow workflow;

    @Inject
    private TicketMails mails;

    @Inject
    private SlaSettings sla;

    @Inject
    private CatalogService catalog;

    /** Hands the ticket to a group and, if given, one of its active members. */
    public String route(Ticket ticket, long groupId, Long assigneeId, String rule) {
        SupportGroup group = em.find(SupportGroup.class, groupId);
        if (group == null) {
            throw new Refused("groupe de support inconnu (" + groupId + ")");
        }
        String assignee = null;
        if (assigneeId != null) {
            List<String> names = em.createQuery("SELECT u.fullName FROM UserAccount u WHERE u.id = :id AND u.active = TRUE", String.class)
                    .setParameter("id", assigneeId).getResultList();
            if (names.isEmpty() || !group.includes(assigneeId)) {
                throw new Refused("la personne à qui attribuer n'est pas un membre actif du groupe " + group.getName());
            }
            assignee = names.get(0);
        }
        Instant now = Instant.now();
        ticket.assignTo(groupId, assigneeId, now);
        String detail = group.getName() + (assignee == null ? "" : " — " + assignee);
        workflow.record(ticket, TicketEvent.Kind.ASSIGN, ticket.getStatus(), rule + " : " + detail, false, now);
        return detail;
    }

    /** Sets the priority; due dates follow the targets of the new priority, as when staff correct it. */
    public String prioritize(Ticket ticket, Priority priority, String rule) {
        if (!ticket.isOpen()) {
            throw new Refused("le ticket n'est plus ouvert");
        }
        Priority was = ticket.getPriority();
        if (was == priority) {
            return priority.name();
        }
        ServiceLevel level = ticket.getServiceId() == null ? ServiceLevel.STANDARD : catalog.get(ticket.getServiceId()).getServiceLevel();
        Instant now = Instant.now();
        ticket.reclassify(TicketClassification.of(ticket), priority, sla.target(level, priority, ticket.getType()), now);
        workflow.reschedule(ticket);
        workflow.record(ticket, TicketEvent.Kind.RECLASSIFY, null, rule + " : " + was + " → " + priority, false, now);
        return was + " → " + priority;
    }

    /** Adds an active user of the ticket's own member as a watcher. */
    public String addWatcher(Ticket ticket, long userId, String rule) {
        List<String> names = em.createQuery("SELECT u.fullName FROM UserAccount u WHERE u.id = :id AND u.active = TRUE"
                        + " AND u.member.id = :member", String.class)
                .setParameter("id", userId).setParameter("member", ticket.getMemberId()).getResultList();
        if (names.isEmpty()) {
            throw new Refused("la personne à ajouter au suivi n'est pas un utilisateur actif de l'adhérent du ticket");
        }
        if (userId != ticket.getRequesterId()) {
            ticket.watch(userId);
            workflow.record(ticket, TicketEvent.Kind.WATCH, null, rule + " : " + names.get(0), false, Instant.now());
        }
        return names.get(0);
    }

    /** A public answer in the name of the rule's author: it reaches the requester's side by mail. */
    public String answer(Ticket ticket, long authorId, String text, String rule) {
        if (ticket.getStatus() == TicketStatus.CLOSED) {
            throw new Refused("le ticket est clos");
        }
        Instant now = Instant.now();
        TicketComment comment = new TicketComment(ticket, authorId, text, false, Channel.WEB, now);
        em.persist(comment);
        ticket.touch(now);
        ticket.getSla().recordFirstResponse(now);
        workflow.record(ticket, TicketEvent.Kind.ANSWERED_BY_RULE, null, rule, false, now);
        mails.commented(ticket, comment, true);
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    /** Reminds the requester that the ticket waits for their answer (once per wait: the rule's run says so). */
    public String remind(Ticket ticket, String rule) {
        if (ticket.getStatus() != TicketStatus.WAITING_REQUESTER) {
            throw new Refused("le ticket n'attend plus le demandeur");
        }
        workflow.record(ticket, TicketEvent.Kind.REMINDER, null, rule, true, Instant.now());
        mails.reminded(ticket);
        return ticket.getReference();
    }

    /** Tells the group's manager that the ticket is still unassigned. */
    public String escalate(Ticket ticket, String rule) {
        if (ticket.getAssigneeId() != null || !ticket.isOpen()) {
            throw new Refused("le ticket est déjà attribué ou n'est plus ouvert");
        }
        SupportGroup group = em.find(SupportGroup.class, ticket.getGroupId());
        if (group.getManagerId() == null) {
            throw new Refused("le groupe " + group.getName() + " n'a pas de responsable à prévenir");
        }
        workflow.record(ticket, TicketEvent.Kind.ESCALATION, null, rule + " : " + group.getName(), false, Instant.now());
        mails.escalated(ticket, group.getManagerId());
        return group.getName();
    }

    /** Closes a resolved ticket. */
    public String close(Ticket ticket, String rule) {
        if (ticket.getStatus() != TicketStatus.RESOLVED) {
            throw new Refused("le ticket n'est plus résolu");
        }
        workflow.move(ticket, TicketAction.CLOSE, TicketActor.PLATFORM, Caller.SYSTEM, rule, false, Instant.now());
        return ticket.getReference();
    }
}
