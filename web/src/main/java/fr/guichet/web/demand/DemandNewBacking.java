package fr.guichet.web.demand;

import fr.guichet.catalog.CatalogService;
import fr.guichet.demand.Demand;
import fr.guichet.demand.DemandKind;
import fr.guichet.demand.DemandRow;
import fr.guichet.demand.DemandService;
import fr.guichet.demand.NewDemand;
import fr.guichet.web.shell.FacesMessages;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** demand/new.xhtml: a commune user submits a demand; similar open demands are offered to co-sign instead. */
@Named
@ViewScoped
public class DemandNewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DemandService demands;

    @Inject
    private CatalogService catalog;

    private String title;
    private String description;
    private DemandKind kind = DemandKind.NEW_SERVICE;
    private String expectedBenefit;
    private LocalDate deadline;
    private List<Long> serviceIds = new ArrayList<>();
    private List<DemandRow> similar = List.of();
    private List<SelectItem> services;

    public void findSimilar() {
        similar = demands.similar(title);
    }

    public String submit() {
        try {
            Demand demand = demands.submit(new NewDemand(title, description, kind, expectedBenefit, deadline, new HashSet<>(serviceIds)));
            FacesMessages.info("demand.new.submitted", demand.getReference());
            FacesMessages.keepForRedirect();
            return "/demand/view?faces-redirect=true&id=" + demand.getId();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
            return null;
        }
    }

    public List<SelectItem> getServices() {
        if (services == null) {
            services = catalog.serviceChoices().stream().map(s -> new SelectItem(s[0], (String) s[1])).toList();
        }
        return services;
    }

    public DemandKind[] getKinds() {
        return DemandKind.values();
    }

    public List<DemandRow> getSimilar() {
        return similar;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public DemandKind getKind() {
        return kind;
    }

    public void setKind(DemandKind kind) {
        this.kind = kind;
    }

    public String getExpectedBenefit() {
        return expectedBenefit;
    }

    public void setExpectedBenefit(String expectedBenefit) {
        this.expectedBenefit = expectedBenefit;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public List<Long> getServiceIds() {
        return serviceIds;
    }

    public void setServiceIds(List<Long> serviceIds) {
        this.serviceIds = serviceIds;
    }
}
