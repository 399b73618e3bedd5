package fr.guichet.incident;

import fr.guichet.ticket.TicketStatus;
import java.io.Serializable;
import java.util.List;

/**
 * A major incident as its reader may see it: commune users read only the public updates, their own member among
 * the affected ones, and the linked tickets they could open themselves; the post-incident review is the staff's.
 */
public record IncidentView(MajorIncident incident, List<Named> services, List<Named> members, List<IncidentUpdate> updates,
                           List<LinkedTicket> tickets, boolean staffReader, boolean manageable) implements Serializable {

    public record Named(long id, String name) implements Serializable {
    }

    public record LinkedTicket(long id, String reference, String subject, TicketStatus status, String memberName) implements Serializable {
    }
}
