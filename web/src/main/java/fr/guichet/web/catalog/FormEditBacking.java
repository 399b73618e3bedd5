package fr.guichet.web.catalog;

import fr.guichet.catalog.CatalogService;
import fr.guichet.catalog.FieldDefinition;
import fr.guichet.catalog.RequestForm;
import fr.guichet.web.shell.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** catalog/form.xhtml (project managers): edits the questions and publishes them as a new form version. */
@Named
@ViewScoped
public class FormEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogService catalog;

    private Long serviceId;
    private String serviceName;
    private int version;
    private List<FieldDefinition> fields = new ArrayList<>();

    public void load() {
        serviceName = catalog.get(serviceId).getName();
        RequestForm current = catalog.currentForm(serviceId);
        version = current.getVersion();
        fields = new ArrayList<>(current.definitions());
    }

    public void addField() {
        fields.add(new FieldDefinition());
    }

    public void removeField(int index) {
        fields.remove(index);
    }

    public void publish() {
        try {
            version = catalog.publishForm(serviceId, fields).getVersion();
            FacesMessages.info("editor.published", version);
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
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

    public int getVersion() {
        return version;
    }

    public List<FieldDefinition> getFields() {
        return fields;
    }
}
