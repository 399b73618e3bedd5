package fr.guichet.web.catalog;

import fr.guichet.catalog.CatalogFilter;
import fr.guichet.catalog.CatalogService;
import fr.guichet.catalog.Category;
import fr.guichet.catalog.FundingMode;
import fr.guichet.catalog.LicenceType;
import fr.guichet.catalog.Lifecycle;
import fr.guichet.catalog.ServiceOffering;
import fr.guichet.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** catalog/index.xhtml: the catalogue by category, with full-text search and filters. */
@Named
@ViewScoped
public class CatalogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogService catalog;

    private String text;
    private String category;
    private Lifecycle lifecycle;
    private LicenceType licence;
    private FundingMode funding;
    private boolean includeRetired;
    private PagedModel<ServiceOffering> model;
    private List<Category> categories;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> catalog.search(
                new CatalogFilter(text, category, lifecycle, licence, funding, includeRetired), page));
        categories = catalog.categories();
    }

    public PagedModel<ServiceOffering> getModel() {
        return model;
    }

    public List<Category> getCategories() {
        return categories;
    }




    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Lifecycle getLifecycle() {
        return lifecycle;
    }

    public void setLifecycle(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public LicenceType getLicence() {
        return licence;
    }

    public void setLicence(LicenceType licence) {
        this.licence = licence;
    }

    public FundingMode getFunding() {
        return funding;
    }

    public void setFunding(FundingMode funding) {
        this.funding = funding;
    }

    public boolean isIncludeRetired() {
        return includeRetired;
    }

    public void setIncludeRetired(boolean includeRetired) {
        this.includeRetired = includeRetired;
    }
}
