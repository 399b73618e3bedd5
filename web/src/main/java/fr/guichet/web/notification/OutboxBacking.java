package fr.guichet.web.notification;

import fr.guichet.notification.MailOutbox;
import fr.guichet.notification.OutboxMessage;
import fr.guichet.notification.OutboxStatus;
import fr.guichet.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** admin/outbox.xhtml: mail sent or waiting, with its content; where run mode's mail can be read. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MailOutbox outbox;

    private String recipient;
    private OutboxStatus status;
    private PagedModel<OutboxMessage> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> outbox.search(blankToNull(recipient), status, page));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public PagedModel<OutboxMessage> getModel() {
        return model;
    }

    public OutboxStatus[] getStatuses() {
        return OutboxStatus.values();
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public void setStatus(OutboxStatus status) {
        this.status = status;
    }
}
