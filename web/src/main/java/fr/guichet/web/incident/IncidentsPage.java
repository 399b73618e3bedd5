package fr.guichet.web.incident;

import fr.guichet.incident.MajorIncident;
import fr.guichet.incident.MajorIncidents;
import fr.guichet.incident.NewMajorIncident;
import fr.guichet.ticket.Ticket;
import fr.guichet.ticket.TicketService;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * incident/list.xhtml: the major incidents the user may read, newest first; technicians, managers and administrators
 * declare one here (from a ticket, they come with {@code ?ticket=}).
 */
@Named
@ViewScoped
public class IncidentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MajorIncidents incidents;

    @Inject
    private TicketService tickets;

    private PagedModel<MajorIncident> model;
    private Long ticketId;
    private String title;
    private List<Long> serviceIds = new ArrayList<>();
    private String announcement;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> incidents.page(null, page));
    }

    /** Declared from a ticket: its subject and service as a start. */
    public void prefill() {
        if (ticketId != null && title == null) {
            Ticket ticket = tickets.get(ticketId);
            title = ticket.getSubject();
            if (ticket.getServiceId() != null) {
                serviceIds = new ArrayList<>(List.of(ticket.getServiceId()));
            }
        }
    }

    public String declare() {
        try {
            MajorIncident declared = incidents.declare(new NewMajorIncident(title, Set.copyOf(serviceIds), ticketId, announcement));
            FacesMessages.info("incident.declared", declared.getReference());
            FacesMessages.keepForRedirect();
            return "/incident/view?faces-redirect=true&id=" + declared.getId();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
            return null;
        }
    }


    public PagedModel<MajorIncident> getModel() {
        return model;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public void setTicketId(Long ticketId) {
        this.ticketId = ticketId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<Long> getServiceIds() {
        return serviceIds;
    }

    public void setServiceIds(List<Long> serviceIds) {
        this.serviceIds = serviceIds;
    }

    public String getAnnouncement() {
        return announcement;
    }

    public void setAnnouncement(String announcement) {
        this.announcement = announcement;
    }
}
