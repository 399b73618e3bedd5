package fr.guichet.ticket;

import fr.guichet.identity.UserNames;
import fr.guichet.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a {@link TicketDetail} in one transaction: the ticket and its watchers, comments, history, files and
 * names, six statements whatever the ticket holds.
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

    public TicketDetail of(long id) {
        return of(tickets.get(id));
    }

    /** Opens a ticket and reads it back in the same transaction (the new ticket is read from memory). */
    public TicketDetail open(NewTicket request, Channel channel) {
        return of(tickets.open(request, channel));
    }

    public TicketDetail ofReference(String reference) {
        return of(tickets.getByReference(reference));
    }

    private TicketDetail of(Ticket ticket) {
        boolean staff = caller.required().isStaff();
        var comments = TicketService.commentsOf(em, ticket, staff);
        var names = userNames.of(Stream.concat(comments.stream().map(TicketComment::getAuthorId),
                Stream.of(ticket.getRequesterId(), ticket.getAssigneeId())).collect(Collectors.toSet()));
        return new TicketDetail(ticket, comments, TicketService.historyOf(em, ticket, staff), AttachmentService.listOf(em, ticket), names,
                tickets.availableActions(ticket), ticket.getWatcherIds().contains(caller.required().userId()));
    }
}
