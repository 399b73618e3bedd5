package fr.guichet.ticket;

import fr.guichet.attachment.Attachment;
import fr.guichet.cmdb.ItemSummary;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One ticket as its page and the API show it, read in one transaction with a fixed number of statements
 * (see {@link TicketDetails}): comments and history as the caller may read them, files, the names of the
 * people shown, what the caller may do now, the related tickets the caller may see, and the configuration item it
 * names ({@code null} if none).
 */
public record TicketDetail(Ticket ticket, List<TicketComment> comments, List<TicketHistoryLine> history,
                           List<Attachment> attachments, Map<Long, String> names, List<TicketAction> actions,
                           boolean watching, List<RelatedTicket> related, ItemSummary item) implements Serializable {

    public String nameOf(Long userId) {
        return userId == null ? null : names.get(userId);
    }

    /** The linked tickets the caller may see. */
    public List<RelatedTicket> links() {
        return related.stream().filter(r -> ticket.getLinkedIds().contains(r.id())).toList();
    }

    /** The ticket this duplicate was merged into, if the caller may see it. */
    public RelatedTicket mergedInto() {
        return related.stream().filter(r -> Long.valueOf(r.id()).equals(ticket.getMergedIntoId())).findFirst().orElse(null);
    }
}
