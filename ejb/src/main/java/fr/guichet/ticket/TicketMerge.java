package fr.guichet.ticket;

import fr.guichet.common.BusinessRuleException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The rules of merging a duplicate into the ticket that carries on, apart from the database: both of one member
 * (a merge never moves a conversation to another commune), neither closed, and who follows the surviving
 * ticket afterwards.
 */
final class TicketMerge {

    /** What the merge needs to know of each ticket. */
    record Side(long id, long memberId, long requesterId, TicketStatus status, Set<Long> watcherIds) {

        static Side of(Ticket ticket) {
            return new Side(ticket.getId(), ticket.getMemberId(), ticket.getRequesterId(), ticket.getStatus(),
                    ticket.getWatcherIds());
        }
    }

    private TicketMerge() {
    }

    static void check(Side duplicate, Side into) {
        if (duplicate.id() == into.id()) {
            throw new BusinessRuleException("ticket.merge.same");
        }
        if (duplicate.memberId() != into.memberId()) {
            throw new BusinessRuleException("ticket.merge.otherMember");
        }
        if (duplicate.status() == TicketStatus.CLOSED || into.status() == TicketStatus.CLOSED) {
            throw new BusinessRuleException("ticket.merge.closed");
        }
    }

    /** The duplicate's requester and watchers follow the surviving ticket, unless they already own or follow it. */
    static Set<Long> newWatchers(Side duplicate, Side into) {
        Set<Long> added = new LinkedHashSet<>();
        added.add(duplicate.requesterId());
        added.addAll(duplicate.watcherIds());
        added.remove(into.requesterId());
        added.removeAll(into.watcherIds());
        return added;
    }
}
