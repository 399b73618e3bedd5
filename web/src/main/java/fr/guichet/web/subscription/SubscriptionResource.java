package fr.guichet.web.subscription;

import fr.guichet.common.PageRequest;
import fr.guichet.subscription.SubscriptionRow;
import fr.guichet.subscription.SubscriptionService;
import fr.guichet.web.api.PageDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Subscriptions under {@code /api/v1/subscriptions}: a commune user sees only their member's. */
@Path("/v1/subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    @Inject
    private SubscriptionService subscriptions;

    @GET
    public PageDto<SubscriptionDto> search(@QueryParam("memberId") Long memberId, @QueryParam("serviceId") Long serviceId,
                                           @QueryParam("page") @DefaultValue("0") int page,
                                           @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(subscriptions.search(memberId, serviceId, new PageRequest(page, size)), SubscriptionDto::of);
    }

    public record SubscriptionDto(long id, long memberId, String memberName, long serviceId, String serviceName,
                                  BigDecimal quantity, String unit, String status, LocalDate startDate) {
        static SubscriptionDto of(SubscriptionRow r) {
            return new SubscriptionDto(r.id(), r.memberId(), r.memberName(), r.serviceId(), r.serviceName(),
                    r.quantity().stripTrailingZeros(), r.usageUnit(), r.status().name(), r.startDate());
        }
    }
}
