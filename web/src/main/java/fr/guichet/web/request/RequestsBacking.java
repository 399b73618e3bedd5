package fr.guichet.web.request;

import fr.guichet.request.RequestFilter;
import fr.guichet.request.RequestRow;
import fr.guichet.request.RequestService;
import fr.guichet.request.RequestStatus;
import fr.guichet.web.export.Downloads;
import fr.guichet.web.export.ListExport;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** request/list.xhtml: requests the caller may see (their own, their commune's, or the syndicate's queue). */
@Named
@ViewScoped
public class RequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ListExport exports;

    @Inject
    private RequestService requests;

    private RequestStatus status;
    private boolean assignedToMe;
    private boolean oldestFirst;
    private PagedModel<RequestRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> requests.search(filter(), page));
    }

    private RequestFilter filter() {
        return new RequestFilter(status, null, null, assignedToMe, oldestFirst);
    }

    /** The whole list with the filters shown, as a CSV or ODS file written straight into the response. */
    public void export(String format) {
        Downloads.fromPage("demandes-de-service", Downloads.format(format), out -> exports.requests(filter(), out, FacesMessages.pageLocale()));
    }

    public PagedModel<RequestRow> getModel() {
        return model;
    }

    public boolean isOldestFirst() {
        return oldestFirst;
    }

    public void setOldestFirst(boolean oldestFirst) {
        this.oldestFirst = oldestFirst;
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    public boolean isAssignedToMe() {
        return assignedToMe;
    }

    public void setAssignedToMe(boolean assignedToMe) {
        this.assignedToMe = assignedToMe;
    }
}
