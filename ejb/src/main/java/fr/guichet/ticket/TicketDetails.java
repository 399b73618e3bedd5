package fr.guichet.ticket;

import fr.guichet.attachment.Attachments;
import fr.guichet.identity.UserNames;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a {@link TicketDetail} in one transaction: the ticket and its watchers, comments, history, files and
 * names, six statements whatever the ticket holds (a new ticket: its history only).
 */
@Stateless
public class TicketDetails {

    @Inject
    private TicketService tickets;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserNames userNames;

    @Inject
    private Caller caller;

    @Inject
    private Attachments attachments;

    public TicketDetail of(long id) {
        return of(tickets.get(id));
    }

    /**
     * Opens a ticket and shows it. Nothing can be attached yet to a ticket its transaction has not committed,
     * so it has no comments nor files, and its requester is the caller: only its history is read back.
     */
    public TicketDetail open(NewTicket request, Channel channel) {
        CallerIdentity who = caller.required();
        Ticket ticket = tickets.open(request, channel);
        Map<Long, String> names = new HashMap<>(Map.of(who.userId(), who.fullName()));
        if (ticket.getAssigneeId() != null) {
            names.putAll(userNames.of(Set.of(ticket.getAssigneeId())));
        }
        return new TicketDetail(ticket, List.of(), TicketService.historyOf(em, ticket, who.isStaff()), List.of(), names,
                tickets.availableActions(ticket), ticket.getWatcherIds().contains(who.userId()));
    }

    /** A ticket staff opened for someone else, read back whole (its requester is not the caller). */
    public TicketDetail openOnBehalf(long requesterId, NewTicket request, Channel channel) {
        return of(tickets.openOnBehalf(requesterId, request, channel));
    }

    public TicketDetail ofReference(String reference) {
        return of(tickets.getByReference(reference));
    }

    private TicketDetail of(Ticket ticket) {
        boolean staff = caller.required().isStaff();
        var comments = TicketService.commentsOf(em, ticket, staff);
        var names = userNames.of(Stream.concat(comments.stream().map(TicketComment::getAuthorId),
                Stream.of(ticket.getRequesterId(), ticket.getAssigneeId())).collect(Collectors.toSet()));
        return new TicketDetail(ticket, comments, TicketService.historyOf(em, ticket, staff), attachments.list(TicketAttachments.of(ticket)), names,
                tickets.availableActions(ticket), ticket.getWatcherIds().contains(caller.required().userId()));
    }
}
