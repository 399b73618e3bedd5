package fr.guichet.web.ticket;

import fr.guichet.sla.Impact;
import fr.guichet.sla.Priority;
import fr.guichet.sla.TicketType;
import fr.guichet.sla.Urgency;
import fr.guichet.ticket.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** The helpdesk's fixed lists, for the selects of ticket pages ({@code #{ticketChoices.types}}). */
@Named
@ApplicationScoped
public class TicketChoices {

    public TicketType[] getTypes() {
        return TicketType.values();
    }

    public Impact[] getImpacts() {
        return Impact.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    /** How a ticket staff open for someone reached them. */
    public List<Channel> getStaffChannels() {
        return Arrays.stream(Channel.values()).filter(Channel::isTakenByStaff).toList();
    }
}
