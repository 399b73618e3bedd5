package fr.guichet.web.ticket;

import fr.guichet.sla.Impact;
import fr.guichet.sla.TicketType;
import fr.guichet.sla.Urgency;
import fr.guichet.ticket.Ticket;
import fr.guichet.ticket.TicketClassification;
import java.io.Serializable;

/**
 * Type, service, impact and urgency: the new-ticket form's, and the correction form of a ticket's page (as they stand,
 * with the reason).
 */
public class ClassificationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private TicketType type;
    private Long serviceId;
    private Impact impact;
    private Urgency urgency;
    private String reason;

    /** What a new ticket starts as: an incident of one person, of medium urgency, service unknown. */
    static ClassificationForm forNewTicket() {
        ClassificationForm form = new ClassificationForm();
        form.type = TicketType.INCIDENT;
        form.impact = Impact.USER;
        form.urgency = Urgency.MEDIUM;
        return form;
    }

    void fill(Ticket ticket) {
        type = ticket.getType();
        serviceId = ticket.getServiceId();
        impact = ticket.getImpact();
        urgency = ticket.getUrgency();
        reason = null;
    }

    TicketClassification classification() {
        return new TicketClassification(type, serviceId, impact, urgency);
    }

    String reason() {
        return reason;
    }

    public TicketType getType() {
        return type;
    }

    public void setType(TicketType type) {
        this.type = type;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public Impact getImpact() {
        return impact;
    }

    public void setImpact(Impact impact) {
        this.impact = impact;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
