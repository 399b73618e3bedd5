package fr.guichet.web.request;

import fr.guichet.catalog.CatalogService;
import fr.guichet.catalog.FormField;
import fr.guichet.common.PageRequest;
import fr.guichet.identity.UserFilter;
import fr.guichet.identity.UserRow;
import fr.guichet.identity.UserService;
import fr.guichet.security.Role;
import fr.guichet.request.RequestAction;
import fr.guichet.request.RequestTimelineLine;
import fr.guichet.request.RequestService;
import fr.guichet.request.ServiceRequest;
import fr.guichet.web.shell.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/** request/view.xhtml: one request, its answers, its timeline and the actions the caller may take. */
@Named
@ViewScoped
public class RequestViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestService requests;

    @Inject
    private CatalogService catalog;

    @Inject
    private UserService users;

    private Long id;
    private String ref;
    private ServiceRequest request;
    private String serviceName;
    private List<FormField> fields;
    private List<RequestTimelineLine> timeline;
    private List<RequestAction> actions;
    private String comment;
    private Long assigneeId;
    private List<UserRow> workers;

    public void load() {
        request = ref != null && !ref.isBlank() ? requests.getByReference(ref) : requests.get(id);
        id = request.getId();
        serviceName = catalog.get(request.getServiceId()).getName();
        fields = catalog.form(request.getFormId()).getFields();
        refresh();
    }

    private void refresh() {
        timeline = requests.timeline(id);
        actions = requests.availableActions(request);
    }

    public void act(String action) {
        perform(() -> requests.act(id, RequestAction.valueOf(action), comment));
    }

    public void assign() {
        perform(() -> requests.assign(id, assigneeId == null ? -1 : assigneeId, comment));
    }

    /** Runs an action, tells its outcome, and shows the request as it now stands. */
    private void perform(Supplier<ServiceRequest> action) {
        try {
            request = action.get();
            comment = null;
            FacesMessages.info("request.view.done", "request.status." + request.getStatus());
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
            request = requests.get(id);
        }
        refresh();
    }

    /** Project managers may hand an approved or running request to a member of the syndicate. */
    public boolean isAssignable() {
        return request.getStatus() == fr.guichet.request.RequestStatus.APPROVED
                || request.getStatus() == fr.guichet.request.RequestStatus.IN_PROGRESS;
    }

    public List<UserRow> getWorkers() {
        if (workers == null) {
            workers = new java.util.ArrayList<>(users.search(
                    new UserFilter(null, null, Role.TECHNICIAN, true), new PageRequest(0, PageRequest.MAX_SIZE)).items());
            workers.addAll(users.search(new UserFilter(null, null, Role.MANAGER, true), new PageRequest(0, PageRequest.MAX_SIZE)).items());
        }
        return workers;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public String answer(String key) {
        String value = request.getAnswers().get(key);
        return value == null ? "—" : value;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public String getServiceName() {
        return serviceName;
    }

    public List<FormField> getFields() {
        return fields;
    }

    public List<RequestTimelineLine> getTimeline() {
        return timeline;
    }

    public List<RequestAction> getActions() {
        return actions;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
