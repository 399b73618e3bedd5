package fr.guichet.web.request;

import fr.guichet.catalog.CatalogService;
import fr.guichet.catalog.FormField;
import fr.guichet.catalog.ServiceOffering;
import fr.guichet.request.InvalidAnswersException;
import fr.guichet.request.RequestService;
import fr.guichet.request.ServiceRequest;
import fr.guichet.web.shell.FacesMessages;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** request/new.xhtml: the service's current form, filled for the caller's commune. */
@Named
@ViewScoped
public class RequestNewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogService catalog;

    @Inject
    private RequestService requests;

    private Long serviceId;
    private String serviceName;
    private List<FormField> fields;
    private final Map<String, Object> answers = new HashMap<>();
    private String comment;
    private List<SelectItem> memberUsers;

    public void load() {
        ServiceOffering service = catalog.get(serviceId);
        serviceName = service.getName();
        fields = catalog.currentForm(serviceId).getFields();
        memberUsers = requests.memberUsers().stream()
                .map(user -> new SelectItem(user[0], user[1] + " (" + user[0] + ")")).toList();
    }

    /** Accounts of the caller's commune, offered by "user" questions. */
    public List<SelectItem> getMemberUsers() {
        return memberUsers;
    }

    public String submit() {
        return file(true);
    }

    public String saveDraft() {
        return file(false);
    }

    private String file(boolean submit) {
        try {
            ServiceRequest created = requests.create(serviceId, cleaned(), submit, comment);
            FacesMessages.info(submit ? "request.new.submitted" : "request.new.drafted", created.getReference());
            FacesMessages.keepForRedirect();
            return "/request/view?faces-redirect=true&id=" + created.getId();
        } catch (InvalidAnswersException invalid) {
            invalid.problems().forEach(p -> FacesMessages.error(p.messageKey(), p.arguments().toArray()));
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
        return null;
    }

    /** Faces gives several choices as an array; the validator wants a list. */
    private Map<String, Object> cleaned() {
        Map<String, Object> cleaned = new HashMap<>();
        answers.forEach((key, value) -> cleaned.put(key, value instanceof Object[] array ? Arrays.asList(array) : value));
        return cleaned;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public String getServiceName() {
        return serviceName;
    }

    public List<FormField> getFields() {
        return fields;
    }

    public Map<String, Object> getAnswers() {
        return answers;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
