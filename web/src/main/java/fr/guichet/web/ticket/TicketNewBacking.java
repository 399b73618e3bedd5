package fr.guichet.web.ticket;

import fr.guichet.catalog.CatalogService;
import fr.guichet.kb.ArticleRow;
import fr.guichet.kb.KnowledgeService;
import fr.guichet.sla.Impact;
import fr.guichet.sla.TicketType;
import fr.guichet.sla.Urgency;
import fr.guichet.ticket.Channel;
import fr.guichet.ticket.NewTicket;
import fr.guichet.ticket.Ticket;
import fr.guichet.ticket.TicketService;
import fr.guichet.web.shell.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ticket/new.xhtml: a commune user opens a ticket; matching public articles are suggested as the subject is typed. */
@Named
@ViewScoped
public class TicketNewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TicketService tickets;

    @Inject
    private KnowledgeService knowledge;

    @Inject
    private CatalogService catalog;

    private String subject;
    private String description;
    private TicketType type = TicketType.INCIDENT;
    private Long serviceId;
    private Impact impact = Impact.USER;
    private Urgency urgency = Urgency.MEDIUM;
    private List<ArticleRow> suggestions = List.of();
    private List<SelectItem> services;

    @PostConstruct
    void init() {
        Map<String, List<SelectItem>> byCategory = new LinkedHashMap<>();
        for (Object[] service : catalog.serviceChoices()) {
            byCategory.computeIfAbsent((String) service[2], c -> new ArrayList<>()).add(new SelectItem(service[0], (String) service[1]));
        }
        services = new ArrayList<>();
        byCategory.forEach((category, items) -> services.add(new SelectItemGroup(category, null, false, items.toArray(new SelectItem[0]))));
    }

    /** Called as the subject is typed (debounced by the page). */
    public void suggest() {
        suggestions = knowledge.suggest(subject);
    }

    public String open() {
        try {
            Ticket ticket = tickets.open(new NewTicket(subject, description, type, serviceId, impact, urgency), Channel.WEB);
            FacesMessages.info("ticket.new.opened", ticket.getReference());
            FacesMessages.keepForRedirect();
            return "/ticket/view?faces-redirect=true&id=" + ticket.getId();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
            return null;
        }
    }

    public List<SelectItem> getServices() {
        return services;
    }

    public TicketType[] getTypes() {
        return TicketType.values();
    }

    public Impact[] getImpacts() {
        return Impact.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public List<ArticleRow> getSuggestions() {
        return suggestions;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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
}
