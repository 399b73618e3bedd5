package fr.guichet.web.change;

import fr.guichet.change.ChangeRequest;
import fr.guichet.change.ChangeStatus;
import fr.guichet.change.Changes;
import fr.guichet.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** change/list.xhtml: the changes, newest first, filtered by status. */
@Named
@ViewScoped
public class ChangesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Changes changes;

    private PagedModel<ChangeRequest> model;
    private ChangeStatus status;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> changes.page(status, page));
    }

    public ChangeStatus[] getStatuses() {
        return ChangeStatus.values();
    }

    public PagedModel<ChangeRequest> getModel() {
        return model;
    }

    public ChangeStatus getStatus() {
        return status;
    }

    public void setStatus(ChangeStatus status) {
        this.status = status;
    }
}
