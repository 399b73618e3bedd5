package fr.guichet.web.catalog;

import fr.guichet.catalog.CatalogFilter;
import fr.guichet.catalog.CatalogService;
import fr.guichet.catalog.Category;
import fr.guichet.catalog.FormField;
import fr.guichet.catalog.FundingMode;
import fr.guichet.catalog.LicenceType;
import fr.guichet.catalog.Lifecycle;
import fr.guichet.catalog.ServiceOffering;
import fr.guichet.common.PageRequest;
import fr.guichet.subscription.SubscriptionService;
import fr.guichet.web.api.PageDto;
import fr.guichet.web.api.QueryParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;

/** The shared catalogue under {@code /api/v1/catalog}: readable by every authenticated user. */
@Path("/v1/catalog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    @Inject
    private CatalogService catalog;

    @Inject
    private SubscriptionService subscriptions;

    @GET
    @Path("categories")
    public List<CategoryDto> categories() {
        return catalog.categories().stream().map(CategoryDto::of).toList();
    }

    @GET
    @Path("services")
    public PageDto<ServiceSummaryDto> services(@QueryParam("q") String text, @QueryParam("category") String category,
                                               @QueryParam("lifecycle") String lifecycle,
                                               @QueryParam("licence") String licence,
                                               @QueryParam("funding") String funding,
                                               @QueryParam("page") @DefaultValue("0") int page,
                                               @QueryParam("size") @DefaultValue("20") int size) {
        CatalogFilter filter = new CatalogFilter(text, category, QueryParams.enumValue("lifecycle", Lifecycle.class, lifecycle),
                QueryParams.enumValue("licence", LicenceType.class, licence),
                QueryParams.enumValue("funding", FundingMode.class, funding), false);
        return PageDto.of(catalog.search(filter, new PageRequest(page, size)), ServiceSummaryDto::of);
    }

    @GET
    @Path("services/{id}")
    public ServiceDto service(@PathParam("id") long id) {
        ServiceOffering service = catalog.get(id);
        var form = catalog.currentForm(id);
        return new ServiceDto(ServiceSummaryDto.of(service), service.getDescription(), service.getSoftware(),
                service.getVendor(), service.getLicenceName(), service.getDistributionKey(), service.getUsageIndicator(),
                service.getUsageUnit(), service.getUsageSource().name(), service.getAnnualCostCents(), service.getUnitPriceCents(), service.isOpenToAll(),
                service.isTraining(), subscriptions.activeSubscribers(id),
                new FormDto(form.getId(), form.getVersion(), form.getFields().stream().map(FieldDto::of).toList()));
    }

    public record CategoryDto(long id, String code, String name, String description, String icon) {
        static CategoryDto of(Category c) {
            return new CategoryDto(c.getId(), c.getCode(), c.getName(), c.getDescription(), c.getIcon());
        }
    }

    public record ServiceSummaryDto(long id, String code, String name, String summary, String category, String lifecycle,
                                    String licence, String funding, String serviceLevel, List<String> tags) {
        static ServiceSummaryDto of(ServiceOffering s) {
            return new ServiceSummaryDto(s.getId(), s.getCode(), s.getName(), s.getSummary(), s.getCategory().getCode(),
                    s.getLifecycle().name(), s.getLicenceType().name(), s.getFundingMode().name(),
                    s.getServiceLevel().name(), s.getTagList());
        }
    }

    public record ServiceDto(ServiceSummaryDto service, String descriptionHtml, String software, String vendor,
                             String licenceName, String distributionKey, String usageIndicator, String usageUnit,
                             String usageSource, long annualCostCents, Long unitPriceCents, boolean openToAll, boolean training,
                             long subscribers, FormDto form) {
    }

    public record FormDto(long id, int version, List<FieldDto> fields) {
    }

    public record FieldDto(String key, String label, String help, String type, boolean required, BigDecimal min,
                           BigDecimal max, List<String> choices, boolean quantity) {
        static FieldDto of(FormField f) {
            return new FieldDto(f.getKey(), f.getLabel(), f.getHelp(), f.getType().name(), f.isRequired(), f.getMin(),
                    f.getMax(), f.getChoiceList(), f.isQuantityField());
        }
    }
}
