package fr.guichet.web.ticket;

import fr.guichet.cmdb.ConfigurationItems;
import fr.guichet.cmdb.ItemSummary;
import fr.guichet.identity.PeoplePicker;
import fr.guichet.identity.UserChoice;
import fr.guichet.kb.ArticleRow;
import fr.guichet.kb.KnowledgeService;
import fr.guichet.security.Caller;
import fr.guichet.ticket.Channel;
import fr.guichet.ticket.NewTicket;
import fr.guichet.ticket.Ticket;
import fr.guichet.ticket.TicketDetails;
import fr.guichet.ticket.TicketService;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.ShellBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * ticket/new.xhtml: a commune user opens a ticket, matching public articles suggested as the subject is typed;
 * a technician opens one for a commune user who phoned, came to the counter or wrote, chosen by name.
 */
@Named
@ViewScoped
public class TicketNewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TicketService tickets;

    @Inject
    private KnowledgeService knowledge;

    @Inject
    private TicketDetails details;

    @Inject
    private PeoplePicker people;

    @Inject
    private ShellBacking shell;

    @Inject
    private ConfigurationItems items;

    @Inject
    private Caller caller;

    private String subject;
    private String description;
    private final ClassificationForm classification = ClassificationForm.forNewTicket();
    private List<ArticleRow> suggestions = List.of();
    private UserChoice requester;
    private Channel channel = Channel.PHONE;
    private Long itemId;
    private List<ItemSummary> itemChoices;

    /** Called as the subject is typed (debounced by the page). */
    public void suggest() {
        suggestions = knowledge.suggest(subject);
    }

    /** Requesters whose name or login holds what was typed (the autocomplete asks after two letters). */
    public List<UserChoice> completeRequester(String text) {
        return people.communeUsers(text == null ? "" : text, null);
    }

    public String open() {
        try {
            NewTicket request = new NewTicket(subject, description, classification.getType(), serviceOrItemsService(),
                    classification.getImpact(), classification.getUrgency(), isOnBehalf() ? null : itemId);
            if (isOnBehalf() && requester == null) {
                FacesMessages.error("ticket.onBehalf.requester");
                return null;
            }
            Ticket ticket = isOnBehalf() ? details.openOnBehalf(requester.id(), request, channel).ticket()
                    : tickets.open(request, Channel.WEB);
            if (isOnBehalf()) {
                FacesMessages.info("ticket.onBehalf.opened", ticket.getReference(), requester.fullName());
            } else {
                FacesMessages.info("ticket.new.opened", ticket.getReference());
            }
            FacesMessages.keepForRedirect();
            return "/ticket/view?faces-redirect=true&id=" + ticket.getId();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
            return null;
        }
    }

    /** The service chosen, or else the one of the item named: it drives the SLA and the support group. */
    private Long serviceOrItemsService() {
        if (classification.getServiceId() != null || itemId == null) {
            return classification.getServiceId();
        }
        return getItemChoices().stream().filter(i -> i.id() == itemId).findFirst().map(ItemSummary::serviceId).orElse(null);
    }

    /** The user's member's items in use, to say what the ticket is about (none for staff opening for someone else). */
    public List<ItemSummary> getItemChoices() {
        if (itemChoices == null) {
            itemChoices = isOnBehalf() ? List.of() : items.choicesFor(caller.required().memberId());
        }
        return itemChoices;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    /** Staff open tickets for someone else; only commune users open their own. */
    public boolean isOnBehalf() {
        return shell.isWorker();
    }

    public UserChoice getRequester() {
        return requester;
    }

    public void setRequester(UserChoice requester) {
        this.requester = requester;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
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

    /** Type, service, impact and urgency, the same fields as a ticket's correction. */
    public ClassificationForm getClassification() {
        return classification;
    }
}
