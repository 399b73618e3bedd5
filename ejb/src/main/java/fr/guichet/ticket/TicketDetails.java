package fr.guichet.ticket;

import fr.guichet.attachment.Attachments;
import fr.guichet.cmdb.ConfigurationItems;
import fr.guichet.cmdb.ItemSummary;
import fr.guichet.identity.UserNames;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a {@link TicketDetail}: the ticket and its watchers, comments, history, files and names and links, seven
 * statements whatever the ticket holds, one more when it has related tickets, one more when it names an item (a new ticket: its history only).
 * Reading one opens no transaction ({@code SUPPORTS} down to the ticket, names and files): nothing to begin or
 * commit for the helpdesk's most frequent call; inside a caller's transaction it reads what that one wrote.
 */
@Stateless
public class TicketDetails {

    private static final String SELECT_RELATED = "SELECT NEW fr.guichet.ticket.RelatedTicket(t.id, t.reference, t.subject, t.status)"
            + " FROM Ticket t";

    @Inject
    private TicketService tickets;

    @Inject
    private ConfigurationItems items;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserNames userNames;

    @Inject
    private Caller caller;

    @Inject
    private Attachments attachments;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public TicketDetail of(long id) {
        return of(tickets.get(id));
    }

    /**
     * Opens a ticket and shows it. Nothing can be attached yet to a ticket its transaction has not committed,
     * so it has no files, and its requester is the caller: only its history is read back (an answer a rule sent
     * shows when the ticket is read again).
     */
    public TicketDetail open(NewTicket request, Channel channel) {
        CallerIdentity who = caller.required();
        Ticket ticket = tickets.open(request, channel);
        Map<Long, String> names = new HashMap<>(Map.of(who.userId(), who.fullName()));
        // Rules may have assigned it or added watchers in this same transaction.
        Set<Long> others = Stream.concat(Stream.ofNullable(ticket.getAssigneeId()), ticket.getWatcherIds().stream())
                .collect(Collectors.toSet());
        if (!others.isEmpty()) {
            names.putAll(userNames.of(others));
        }
        return new TicketDetail(ticket, List.of(), TicketService.historyOf(em, ticket, who.isStaff()), List.of(), names,
                tickets.availableActions(ticket), ticket.getWatcherIds().contains(who.userId()), List.of(), itemOf(ticket));
    }

    /** A ticket staff opened for someone else, read back whole (its requester is not the caller). */
    public TicketDetail openOnBehalf(long requesterId, NewTicket request, Channel channel) {
        return of(tickets.openOnBehalf(requesterId, request, channel));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public TicketDetail ofReference(String reference) {
        return of(tickets.getByReference(reference));
    }

    private TicketDetail of(Ticket ticket) {
        CallerIdentity who = caller.required();
        var comments = TicketService.commentsOf(em, ticket, who.isStaff());
        Set<Long> watchers = ticket.getWatcherIds();
        var names = userNames.of(Stream.of(comments.stream().map(TicketComment::getAuthorId), watchers.stream(),
                Stream.of(ticket.getRequesterId(), ticket.getAssigneeId())).flatMap(s -> s).collect(Collectors.toSet()));
        return new TicketDetail(ticket, comments, TicketService.historyOf(em, ticket, who.isStaff()),
                attachments.list(TicketAttachments.of(ticket)), names, tickets.availableActions(ticket),
                watchers.contains(who.userId()), related(ticket, who), itemOf(ticket));
    }

    /** The item the ticket names: one more statement, only for a ticket that names one. */
    private ItemSummary itemOf(Ticket ticket) {
        return ticket.getConfigurationItemId() == null ? null : items.summary(ticket.getConfigurationItemId()).orElse(null);
    }

    /** The newest tickets naming a configuration item, as far as the caller may see them (see {@link #visible}). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RelatedTicket> namingItem(long itemId, int limit) {
        CallerIdentity who = caller.required();
        var query = em.createQuery(SELECT_RELATED + " WHERE t.configurationItemId = :item" + visible(who)
                + " ORDER BY t.createdAt DESC, t.id DESC", RelatedTicket.class).setParameter("item", itemId).setMaxResults(limit);
        return visibleTo(query, who).getResultList();
    }

    /** Linked tickets and the one a duplicate went into, in one statement, as far as the caller may see them. */
    private List<RelatedTicket> related(Ticket ticket, CallerIdentity who) {
        if (ticket.getMergedIntoId() == null && ticket.getLinkedIds().isEmpty()) {
            return List.of();
        }
        var query = em.createQuery(SELECT_RELATED + " WHERE (t.id IN :linked OR t.id = :merged)" + visible(who) + " ORDER BY t.id",
                        RelatedTicket.class)
                .setParameter("linked", ticket.getLinkedIds().isEmpty() ? Set.of(-1L) : ticket.getLinkedIds())
                .setParameter("merged", ticket.getMergedIntoId() == null ? -1L : ticket.getMergedIntoId());
        return visibleTo(query, who).getResultList();
    }

    /**
     * Staff see all; a commune user the tickets of their member they could open (a référent all of them, an agent
     * their own or watched ones).
     */
    private static String visible(CallerIdentity who) {
        return who.isStaff() ? "" : " AND t.memberId = :member AND (:referent = TRUE OR t.requesterId = :me"
                + " OR EXISTS (SELECT w FROM Ticket v JOIN v.watcherIds w WHERE v.id = t.id AND w = :me))";
    }

    private static TypedQuery<RelatedTicket> visibleTo(TypedQuery<RelatedTicket> query, CallerIdentity who) {
        if (!who.isStaff()) {
            query.setParameter("member", who.memberId()).setParameter("referent", who.hasAnyRole(Role.REFERENT))
                    .setParameter("me", who.userId());
        }
        return query;
    }
}
