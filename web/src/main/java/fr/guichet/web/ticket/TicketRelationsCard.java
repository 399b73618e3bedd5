package fr.guichet.web.ticket;

import fr.guichet.identity.PeoplePicker;
import fr.guichet.identity.UserChoice;
import fr.guichet.ticket.Ticket;
import fr.guichet.ticket.TicketRelations;
import fr.guichet.ticket.TicketService;
import fr.guichet.web.shell.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The ticket page's cards about other tickets and people: merge this duplicate, link related tickets, add or
 * remove followers. Tickets are named by reference, as people say them on the phone.
 */
@Named("ticketRelations")
@ViewScoped
public class TicketRelationsCard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TicketViewBacking page;

    @Inject
    private TicketRelations relations;

    @Inject
    private TicketService tickets;

    @Inject
    private PeoplePicker people;

    private String mergeReference;
    private String linkReference;
    private UserChoice colleague;

    /** Merges and goes to the ticket that carries on, where the conversation now is. */
    public String merge() {
        try {
            Ticket into = relations.merge(page.getId(), tickets.getByReference(referenceOf(mergeReference)).getId());
            FacesMessages.info("ticket.view.merged", page.getTicket().getReference());
            FacesMessages.keepForRedirect();
            return "/ticket/view?faces-redirect=true&id=" + into.getId();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
            return null;
        }
    }

    public void link() {
        page.perform(() -> relations.link(page.getId(), tickets.getByReference(referenceOf(linkReference)).getId()), "ticket.view.linked");
        linkReference = null;
    }

    public void unlink(long otherId) {
        page.perform(() -> relations.unlink(page.getId(), otherId), "ticket.view.unlinked");
    }

    public void addWatcher() {
        if (colleague == null) {
            FacesMessages.error("people.unknown");
            return;
        }
        page.perform(() -> relations.addWatcher(page.getId(), colleague.id()), "ticket.view.watcherAdded");
        colleague = null;
    }

    public void removeWatcher(long userId) {
        page.perform(() -> relations.removeWatcher(page.getId(), userId), "ticket.view.watcherRemoved");
    }

    /** Colleagues of the ticket's member whose name or login holds what was typed. */
    public List<UserChoice> completeColleague(String text) {
        return people.communeUsers(text == null ? "" : text, page.getTicket().getMemberId());
    }

    private static String referenceOf(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }

    public String getMergeReference() {
        return mergeReference;
    }

    public void setMergeReference(String mergeReference) {
        this.mergeReference = mergeReference;
    }

    public String getLinkReference() {
        return linkReference;
    }

    public void setLinkReference(String linkReference) {
        this.linkReference = linkReference;
    }

    public UserChoice getColleague() {
        return colleague;
    }

    public void setColleague(UserChoice colleague) {
        this.colleague = colleague;
    }
}
