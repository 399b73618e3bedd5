package fr.guichet.web.catalog;

import fr.guichet.catalog.FieldType;
import fr.guichet.catalog.FundingMode;
import fr.guichet.catalog.LicenceType;
import fr.guichet.catalog.Lifecycle;
import fr.guichet.catalog.ServiceLevel;
import fr.guichet.catalog.UsageSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The catalogue's fixed lists, for the selects of the catalogue pages ({@code #{catalogChoices.lifecycles}}). */
@Named
@ApplicationScoped
public class CatalogChoices {

    public Lifecycle[] getLifecycles() {
        return Lifecycle.values();
    }

    public LicenceType[] getLicences() {
        return LicenceType.values();
    }

    public FundingMode[] getFundings() {
        return FundingMode.values();
    }

    public UsageSource[] getUsageSources() {
        return UsageSource.values();
    }

    public ServiceLevel[] getLevels() {
        return ServiceLevel.values();
    }

    public FieldType[] getFieldTypes() {
        return FieldType.values();
    }
}
