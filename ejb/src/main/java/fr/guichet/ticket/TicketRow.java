package fr.guichet.ticket;

import fr.guichet.sla.Priority;
import fr.guichet.sla.TicketType;
import java.io.Serializable;
import java.time.Instant;

/** A line of a ticket list or queue, read with one query per page. */
public record TicketRow(long id, String reference, String subject, TicketType type, Priority priority,
                        TicketStatus status, long memberId, String memberName, String serviceName, String groupName,
                        String assigneeName, String requesterName, Instant createdAt, Instant updatedAt,
                        String calendarCode, int resolutionMinutes, Instant resolutionDue,
                        boolean firstResponseBreached, boolean resolutionBreached) implements Serializable {

    public boolean breached() {
        return firstResponseBreached || resolutionBreached;
    }
}
