package fr.guichet.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A service of the catalogue, as offered to members (table catalog_service). */
@Entity
@Table(name = "catalog_service")
public class ServiceOffering implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @ManyToOne
    @JoinColumn(name = "category_id")
    private Category category;

    private String name;
    private String summary;

    /** Sanitised HTML (see {@link RichText}). */
    private String description;

    @Column(name = "description_text")
    private String descriptionText;

    @Column(name = "owner_id")
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    private Lifecycle lifecycle;

    private String software;
    private String vendor;

    @Enumerated(EnumType.STRING)
    @Column(name = "licence_type")
    private LicenceType licenceType;

    @Column(name = "licence_name")
    private String licenceName;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_mode")
    private FundingMode fundingMode;

    @Column(name = "distribution_key")
    private String distributionKey;

    @Column(name = "usage_indicator")
    private String usageIndicator;

    @Column(name = "usage_unit")
    private String usageUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "usage_source")
    private UsageSource usageSource = UsageSource.MANUAL;

    @Column(name = "annual_cost_cents")
    private long annualCostCents;

    @Column(name = "unit_price_cents")
    private Long unitPriceCents;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_level")
    private ServiceLevel serviceLevel;

    /** The support group that takes this service's tickets first (none: Support N1). */
    @Column(name = "support_group_id")
    private Long supportGroupId;

    @Column(name = "open_to_all")
    private boolean openToAll;

    private boolean training;

    private String tags;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalog_service_member", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "member_id")
    private Set<Long> allowedMemberIds = new HashSet<>();

    @Version
    private int version;

    protected ServiceOffering() {
    }

    public ServiceOffering(Category category, ServiceDetails details) {
        this.code = details.code();
        apply(category, details);
    }

    public final void apply(Category category, ServiceDetails details) {
        this.category = category;
        this.name = details.name().trim();
        this.summary = details.summary().trim();
        this.description = RichText.sanitise(details.descriptionHtml());
        this.descriptionText = RichText.plainText(this.description);
        this.ownerId = details.ownerId();
        this.lifecycle = details.lifecycle();
        this.software = details.software();
        this.vendor = details.vendor();
        this.licenceType = details.licenceType();
        this.licenceName = details.licenceName();
        this.fundingMode = details.fundingMode();
        this.distributionKey = details.distributionKey();
        this.usageIndicator = details.usageIndicator();
        this.usageUnit = details.usageUnit();
        this.usageSource = details.usageSource();
        this.annualCostCents = details.annualCostCents();
        this.unitPriceCents = details.unitPriceCents();
        this.serviceLevel = details.serviceLevel();
        this.openToAll = details.openToAll();
        this.allowedMemberIds = details.allowedMemberIds() == null ? new HashSet<>() : new HashSet<>(details.allowedMemberIds());
        this.training = details.training();
        this.tags = details.tags() == null ? "" : details.tags().trim().toLowerCase(java.util.Locale.ROOT);
    }

    public ServiceDetails details() {
        return new ServiceDetails(code, category.getCode(), name, summary, description, ownerId, lifecycle, software, vendor,
                licenceType, licenceName, fundingMode, distributionKey, usageIndicator, usageUnit, usageSource, annualCostCents,
                unitPriceCents, serviceLevel, openToAll, Set.copyOf(allowedMemberIds), training, tags);
    }

    /** The fields an audit entry compares. */
    public java.util.Map<String, Object> snapshot() {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("name", name);
        values.put("category", category.getCode());
        values.put("lifecycle", lifecycle);
        values.put("fundingMode", fundingMode);
        values.put("usageSource", usageSource);
        values.put("annualCostCents", annualCostCents);
        values.put("unitPriceCents", unitPriceCents);
        values.put("serviceLevel", serviceLevel);
        values.put("openToAll", openToAll);
        values.put("licence", licenceType + " " + licenceName);
        return values;
    }

    /** Whether this member may ask for the service now. */
    public boolean isRequestableBy(long memberId) {
        return lifecycle.isRequestable() && (openToAll || allowedMemberIds.contains(memberId));
    }

    public List<String> getTagList() {
        return tags == null || tags.isBlank() ? List.of() : List.of(tags.trim().split("\\s+"));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Category getCategory() {
        return category;
    }

    public String getName() {
        return name;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return RichText.sanitise(description);
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Lifecycle getLifecycle() {
        return lifecycle;
    }

    public String getSoftware() {
        return software;
    }

    public String getVendor() {
        return vendor;
    }

    public LicenceType getLicenceType() {
        return licenceType;
    }

    public String getLicenceName() {
        return licenceName;
    }

    public FundingMode getFundingMode() {
        return fundingMode;
    }

    public String getDistributionKey() {
        return distributionKey;
    }

    public String getUsageIndicator() {
        return usageIndicator;
    }

    public String getUsageUnit() {
        return usageUnit;
    }

    public UsageSource getUsageSource() {
        return usageSource;
    }

    public long getAnnualCostCents() {
        return annualCostCents;
    }

    public Long getUnitPriceCents() {
        return unitPriceCents;
    }

    public ServiceLevel getServiceLevel() {
        return serviceLevel;
    }

    public Long getSupportGroupId() {
        return supportGroupId;
    }

    public boolean isOpenToAll() {
        return openToAll;
    }

    public boolean isTraining() {
        return training;
    }

    public Set<Long> getAllowedMemberIds() {
        return Set.copyOf(allowedMemberIds);
    }

}
