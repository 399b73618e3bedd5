package fr.guichet.web.ticket;

import fr.guichet.ticket.IncomingMail;
import fr.guichet.ticket.IncomingMailService;
import fr.guichet.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** admin/quarantine.xhtml: incoming mail that became neither a ticket nor a comment. */
@Named
@ViewScoped
public class QuarantineBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IncomingMailService incoming;

    private PagedModel<IncomingMail> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> incoming.quarantine(page));
    }

    public PagedModel<IncomingMail> getModel() {
        return model;
    }
}
