package fr.guichet.web.catalog;

import fr.guichet.catalog.CatalogService;
import fr.guichet.catalog.Category;
import fr.guichet.catalog.FieldDefinition;
import fr.guichet.catalog.FieldType;
import fr.guichet.catalog.FundingMode;
import fr.guichet.catalog.LicenceType;
import fr.guichet.catalog.Lifecycle;
import fr.guichet.catalog.LinkLines;
import fr.guichet.catalog.ServiceDetails;
import fr.guichet.catalog.ServiceLevel;
import fr.guichet.catalog.ServiceOffering;
import fr.guichet.catalog.UsageSource;
import fr.guichet.common.PageRequest;
import fr.guichet.identity.UserFilter;
import fr.guichet.identity.UserRow;
import fr.guichet.identity.UserService;
import fr.guichet.security.Role;
import fr.guichet.web.i18n.Texts;
import fr.guichet.web.shell.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** catalog/edit.xhtml (project managers): creates a service, or edits the one given by {@code ?id=}. */
@Named
@ViewScoped
public class ServiceEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogService catalog;


    @Inject
    private UserService users;

    private Long id;
    private String code;
    private String categoryCode;
    private String name;
    private String summary;
    private String descriptionHtml;
    private Long ownerId;
    private Lifecycle lifecycle = Lifecycle.PROPOSED;
    private String software;
    private String vendor;
    private LicenceType licenceType = LicenceType.FREE;
    private String licenceName;
    private FundingMode fundingMode = FundingMode.MUTUALISED;
    private String distributionKey;
    private String usageIndicator;
    private String usageUnit;
    private UsageSource usageSource = UsageSource.MANUAL;
    private long annualCostCents;
    private Long unitPriceCents;
    private ServiceLevel serviceLevel = ServiceLevel.STANDARD;
    private boolean openToAll = true;
    private List<String> allowedMemberIds = new ArrayList<>();
    private boolean training;
    private String tags;
    private String links;
    private List<Category> categories;
    private List<UserRow> managers;

    public void load() {
        if (id == null) {
            return;
        }
        ServiceDetails d = catalog.get(id).details();
        code = d.code();
        categoryCode = d.categoryCode();
        name = d.name();
        summary = d.summary();
        descriptionHtml = d.descriptionHtml();
        ownerId = d.ownerId();
        lifecycle = d.lifecycle();
        software = d.software();
        vendor = d.vendor();
        licenceType = d.licenceType();
        licenceName = d.licenceName();
        fundingMode = d.fundingMode();
        distributionKey = d.distributionKey();
        usageIndicator = d.usageIndicator();
        usageUnit = d.usageUnit();
        usageSource = d.usageSource();
        annualCostCents = d.annualCostCents();
        unitPriceCents = d.unitPriceCents();
        serviceLevel = d.serviceLevel();
        openToAll = d.openToAll();
        allowedMemberIds = d.allowedMemberIds().stream().map(String::valueOf).collect(Collectors.toCollection(ArrayList::new));
        training = d.training();
        tags = d.tags();
        links = LinkLines.format(catalog.links(id));
    }

    public String save() {
        ServiceDetails details = new ServiceDetails(code, categoryCode, name, summary, descriptionHtml, ownerId, lifecycle,
                software, vendor, licenceType, licenceName, fundingMode, distributionKey, usageIndicator, usageUnit,
                usageSource, annualCostCents, unitPriceCents, serviceLevel, openToAll,
                allowedMemberIds.stream().map(Long::valueOf).collect(Collectors.toSet()), training, tags);
        try {
            ServiceOffering saved = id == null ? catalog.create(details, List.of(firstQuestion()), links)
                    : catalog.update(id, details, links);
            FacesMessages.info("editor.saved");
            FacesMessages.keepForRedirect();
            return "/catalog/service?faces-redirect=true&id=" + saved.getId();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
            return null;
        }
    }

    /** A new service starts with one free-text question; the form editor refines it. */
    private static FieldDefinition firstQuestion() {
        FieldDefinition details = new FieldDefinition();
        details.setKey("details");
        details.setLabel(Texts.get(FacesMessages.pageLocale(), "editor.firstQuestion"));
        details.setType(FieldType.LONG_TEXT);
        details.setRequired(true);
        return details;
    }

    public List<Category> getCategories() {
        if (categories == null) {
            categories = catalog.categories();
        }
        return categories;
    }


    public List<UserRow> getManagers() {
        if (managers == null) {
            managers = users.search(new UserFilter(null, null, Role.MANAGER, true), new PageRequest(0, PageRequest.MAX_SIZE)).items();
        }
        return managers;
    }





    public boolean isNew() {
        return id == null;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getDescriptionHtml() { return descriptionHtml; }
    public void setDescriptionHtml(String descriptionHtml) { this.descriptionHtml = descriptionHtml; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public Lifecycle getLifecycle() { return lifecycle; }
    public void setLifecycle(Lifecycle lifecycle) { this.lifecycle = lifecycle; }
    public String getSoftware() { return software; }
    public void setSoftware(String software) { this.software = software; }
    public String getVendor() { return vendor; }
    public void setVendor(String vendor) { this.vendor = vendor; }
    public LicenceType getLicenceType() { return licenceType; }
    public void setLicenceType(LicenceType licenceType) { this.licenceType = licenceType; }
    public String getLicenceName() { return licenceName; }
    public void setLicenceName(String licenceName) { this.licenceName = licenceName; }
    public FundingMode getFundingMode() { return fundingMode; }
    public void setFundingMode(FundingMode fundingMode) { this.fundingMode = fundingMode; }
    public String getDistributionKey() { return distributionKey; }
    public void setDistributionKey(String distributionKey) { this.distributionKey = distributionKey; }
    public String getUsageIndicator() { return usageIndicator; }
    public void setUsageIndicator(String usageIndicator) { this.usageIndicator = usageIndicator; }
    public String getUsageUnit() { return usageUnit; }
    public void setUsageUnit(String usageUnit) { this.usageUnit = usageUnit; }
    public UsageSource getUsageSource() { return usageSource; }
    public void setUsageSource(UsageSource usageSource) { this.usageSource = usageSource; }
    public long getAnnualCostCents() { return annualCostCents; }
    public void setAnnualCostCents(long annualCostCents) { this.annualCostCents = annualCostCents; }
    public Long getUnitPriceCents() { return unitPriceCents; }
    public void setUnitPriceCents(Long unitPriceCents) { this.unitPriceCents = unitPriceCents; }
    public ServiceLevel getServiceLevel() { return serviceLevel; }
    public void setServiceLevel(ServiceLevel serviceLevel) { this.serviceLevel = serviceLevel; }
    public boolean isOpenToAll() { return openToAll; }
    public void setOpenToAll(boolean openToAll) { this.openToAll = openToAll; }
    public List<String> getAllowedMemberIds() { return allowedMemberIds; }
    public void setAllowedMemberIds(List<String> allowedMemberIds) { this.allowedMemberIds = allowedMemberIds; }
    public boolean isTraining() { return training; }
    public void setTraining(boolean training) { this.training = training; }
    public String getLinks() { return links; }
    public void setLinks(String links) { this.links = links; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
}
