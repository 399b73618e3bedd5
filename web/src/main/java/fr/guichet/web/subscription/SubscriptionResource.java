package fr.guichet.web.subscription;

import fr.guichet.common.Decimals;
import fr.guichet.common.PageRequest;
import fr.guichet.subscription.Subscription;
import fr.guichet.subscription.SubscriptionEvent;
import fr.guichet.subscription.SubscriptionRow;
import fr.guichet.subscription.SubscriptionService;
import fr.guichet.subscription.SubscriptionStatus;
import fr.guichet.web.api.PageDto;
import fr.guichet.web.export.Downloads;
import fr.guichet.web.export.ListExport;
import fr.guichet.web.report.TableExport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Subscriptions under {@code /api/v1/subscriptions}: a commune user sees only their member's. */
@Path("/v1/subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    @Inject
    private ListExport exports;

    @Inject
    private SubscriptionService subscriptions;

    /** The same subscriptions as a CSV or ODS file, all of them (not a page), streamed. */
    @GET
    @Path("export")
    @Produces({TableExport.CSV_TYPE, TableExport.ODS_TYPE, MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("format") String format, @QueryParam("memberId") Long memberId,
                           @QueryParam("serviceId") Long serviceId) {
        // Read a first row here: a refusal (role, scope) answers as a problem, before the file starts.
        subscriptions.search(memberId, serviceId, new PageRequest(0, 1));
        return Downloads.fromApi("abonnements", Downloads.format(format),
                out -> exports.subscriptions(memberId, serviceId, out, Locale.FRENCH));
    }

    @GET
    public PageDto<SubscriptionDto> search(@QueryParam("memberId") Long memberId, @QueryParam("serviceId") Long serviceId,
                                           @QueryParam("page") @DefaultValue("0") int page,
                                           @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(subscriptions.search(memberId, serviceId, new PageRequest(page, size)), SubscriptionDto::of);
    }

    @GET
    @Path("{id}")
    public SubscriptionDetailsDto get(@PathParam("id") long id) {
        return details(subscriptions.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubscriptionDetailsDto change(@PathParam("id") long id, Change body) {
        if (body == null) {
            throw new fr.guichet.common.BusinessRuleException("error.badJson");
        }
        return details(subscriptions.change(id, body.quantity(), body.status(), body.note()));
    }

    private SubscriptionDetailsDto details(Subscription s) {
        return new SubscriptionDetailsDto(s.getId(), s.getMemberId(), s.getServiceId(), Decimals.plain(s.getQuantity()),
                s.getStatus().name(), s.getStartDate(), s.getEndDate(),
                subscriptions.history(s.getId()).stream().map(EventDto::of).toList());
    }

    public record Change(BigDecimal quantity, SubscriptionStatus status, String note) {
    }

    public record SubscriptionDetailsDto(long id, long memberId, long serviceId, BigDecimal quantity, String status,
                                         LocalDate startDate, LocalDate endDate, List<EventDto> history) {
    }

    public record EventDto(Instant at, String actor, BigDecimal quantityBefore, BigDecimal quantityAfter,
                           String statusBefore, String statusAfter, String note) {
        static EventDto of(SubscriptionEvent e) {
            return new EventDto(e.getOccurredAt(), e.getActorLogin(), e.getQuantityBefore(), e.getQuantityAfter(),
                    e.getStatusBefore() == null ? null : e.getStatusBefore().name(), e.getStatusAfter().name(), e.getNote());
        }
    }

    public record SubscriptionDto(long id, long memberId, String memberName, long serviceId, String serviceName,
                                  BigDecimal quantity, String unit, String status, LocalDate startDate) {
        static SubscriptionDto of(SubscriptionRow r) {
            return new SubscriptionDto(r.id(), r.memberId(), r.memberName(), r.serviceId(), r.serviceName(),
                    Decimals.plain(r.quantity()), r.usageUnit(), r.status().name(), r.startDate());
        }
    }
}
