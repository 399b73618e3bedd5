package fr.guichet.ticket;

import fr.guichet.attachment.Attachment;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One ticket as its page and the API show it, read in one transaction with a fixed number of statements
 * (see {@link TicketDetails}): comments and history as the caller may read them, files, the names of the
 * people shown, and what the caller may do now.
 */
public record TicketDetail(Ticket ticket, List<TicketComment> comments, List<TicketHistoryLine> history,
                           List<Attachment> attachments, Map<Long, String> names, List<TicketAction> actions,
                           boolean watching) implements Serializable {

    public String nameOf(Long userId) {
        return userId == null ? null : names.get(userId);
    }
}
