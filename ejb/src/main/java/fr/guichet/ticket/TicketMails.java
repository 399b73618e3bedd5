package fr.guichet.ticket;

import fr.guichet.identity.MailPreference;
import fr.guichet.identity.UserAccount;
import fr.guichet.notification.MailOutbox;
import fr.guichet.notification.MailTemplate;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who hears of what happens to a ticket. Mails go through the outbox in the change's transaction and
 * carry the reference in their subject. Those to the commune's side give the ticket's reply address
 * (keyed token) as Reply-To: that address, not the subject, is what lets a reply by mail into the ticket.
 * Staff get none: they answer in Guichet, and mail from their addresses is quarantined. Arguments: {3} reference,
 * {4} subject, {5} who acted, {6} text. A plain CDI bean of the ticket package: it runs in the caller's
 * transaction.
 */
@Dependent
class TicketMails {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private MailOutbox outbox;

    @Inject
    private ReplyAddresses replies;

    void opened(Ticket ticket) {
        send(ticket, MailTemplate.TICKET_OPENED, requesterSide(ticket), "");
    }

    void assigned(Ticket ticket, UserAccount assignee) {
        send(ticket, MailTemplate.TICKET_ASSIGNED, Set.of(assignee.getId()), "");
    }

    void commented(Ticket ticket, TicketComment comment, boolean byStaff) {
        Set<Long> to = byStaff ? requesterSide(ticket) : staffSide(ticket);
        to.addAll(ticket.getWatcherIds());
        to.remove(comment.getAuthorId());
        send(ticket, MailTemplate.TICKET_COMMENTED, to, comment.getBody());
    }

    void moved(Ticket ticket, TicketAction action, String text) {
        switch (action) {
            case WAIT_FOR_REQUESTER -> send(ticket, MailTemplate.TICKET_WAITING, Set.of(ticket.getRequesterId()), text);
            case RESOLVE -> {
                send(ticket, MailTemplate.TICKET_RESOLVED, requesterSide(ticket), text);
                send(ticket, MailTemplate.TICKET_RATING, Set.of(ticket.getRequesterId()), "");
            }
            case REOPEN -> send(ticket, MailTemplate.TICKET_REOPENED, staffSide(ticket), text == null ? "" : text);
            default -> {
                // Starting work or closing tells nobody: the history shows it.
            }
        }
    }

    /** The duplicate's requester and watchers hear where their conversation carries on (replies go to the survivor). */
    void merged(Ticket duplicate, Ticket into) {
        send(into, MailTemplate.TICKET_MERGED, requesterSide(duplicate), duplicate.getReference());
    }

    /** A rule reminds the requester that the ticket waits for their answer. */
    void reminded(Ticket ticket) {
        send(ticket, MailTemplate.TICKET_REMINDER, Set.of(ticket.getRequesterId()), "");
    }

    /** A rule tells a group's manager that a ticket is still unassigned. */
    void escalated(Ticket ticket, long managerId) {
        send(ticket, MailTemplate.TICKET_ESCALATED, Set.of(managerId), "");
    }

    /** 75 % of a target used: the assignee (or the group's manager if nobody has it yet) is warned. */
    void slaWarning(Ticket ticket, SlaTargetKind kind, String due) {
        send(ticket, kind == SlaTargetKind.FIRST_RESPONSE ? MailTemplate.TICKET_RESPONSE_WARNING
                : MailTemplate.TICKET_RESOLUTION_WARNING, staffSide(ticket), due);
    }

    /** A target missed: the group's manager and the assignee. */
    void slaBreached(Ticket ticket, SlaTargetKind kind, Long groupManagerId, String due) {
        Set<Long> to = new LinkedHashSet<>();
        if (groupManagerId != null) {
            to.add(groupManagerId);
        }
        if (ticket.getAssigneeId() != null) {
            to.add(ticket.getAssigneeId());
        }
        send(ticket, kind == SlaTargetKind.FIRST_RESPONSE ? MailTemplate.TICKET_RESPONSE_BREACHED
                : MailTemplate.TICKET_RESOLUTION_BREACHED, to, due);
    }

    private Set<Long> requesterSide(Ticket ticket) {
        Set<Long> to = new LinkedHashSet<>();
        to.add(ticket.getRequesterId());
        to.addAll(ticket.getWatcherIds());
        return to;
    }

    private Set<Long> staffSide(Ticket ticket) {
        Set<Long> to = new LinkedHashSet<>();
        if (ticket.getAssigneeId() != null) {
            to.add(ticket.getAssigneeId());
        } else {
            SupportGroup group = em.find(SupportGroup.class, ticket.getGroupId());
            if (group.getManagerId() != null) {
                to.add(group.getManagerId());
            }
        }
        return to;
    }

    /** One query for all the recipients' addresses, whatever their number. */
    private void send(Ticket ticket, MailTemplate template, Set<Long> userIds, String text) {
        List<Long> ids = userIds.stream().filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return;
        }
        String actor = caller.identity().map(CallerIdentity::fullName).orElse("Guichet");
        String replyTo = replies.forTicket(ticket.getId());
        Map<Long, Object[]> found = new HashMap<>();
        em.createQuery("SELECT u.id, u.email, u.fullName, u.login, u.locale, u.mailPreference, m.id, u.digestHour FROM UserAccount u"
                        + " LEFT JOIN u.member m WHERE u.id IN :ids AND u.active = TRUE", Object[].class)
                .setParameter("ids", ids).getResultStream().forEach(row -> found.put((Long) row[0], row));
        ids.stream().map(found::get).filter(Objects::nonNull).forEach(row -> outbox.notifyWithReplyTo(
                UserAccount.recipient((String) row[1], (String) row[2], (String) row[3], (String) row[4], (MailPreference) row[5],
                        (Integer) row[7]),
                template, row[6] == null ? null : replyTo, ticket.getReference(), ticket.getSubject(), actor,
                text == null ? "" : text));
    }
}
