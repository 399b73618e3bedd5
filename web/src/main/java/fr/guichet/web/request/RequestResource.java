package fr.guichet.web.request;

import fr.guichet.common.PageRequest;
import fr.guichet.request.RequestAction;
import fr.guichet.request.RequestFilter;
import fr.guichet.request.RequestRow;
import fr.guichet.request.RequestService;
import fr.guichet.request.RequestStatus;
import fr.guichet.request.RequestTimelineLine;
import fr.guichet.request.ServiceRequest;
import fr.guichet.web.api.PageDto;
import fr.guichet.web.api.QueryParams;
import fr.guichet.web.export.Downloads;
import fr.guichet.web.export.ListExport;
import fr.guichet.web.report.TableExport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Service requests under {@code /api/v1/requests}, with the same visibility as the pages. */
@Path("/v1/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestResource {

    @Inject
    private ListExport exports;

    @Inject
    private RequestService requests;

    @POST
    public Response create(NewRequest body, @Context UriInfo uri) {
        if (body == null || body.serviceId() == null) {
            throw new fr.guichet.common.BusinessRuleException("request.service.required");
        }
        ServiceRequest created = requests.create(body.serviceId(), body.answers() == null ? Map.of() : body.answers(),
                !Boolean.TRUE.equals(body.draft()), body.comment());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(details(created)).build();
    }

    /** The same requests as a CSV or ODS file, all of them (not a page), streamed. */
    @GET
    @Path("export")
    @Produces({TableExport.CSV_TYPE, TableExport.ODS_TYPE, MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("format") String format, @QueryParam("status") String status,
                           @QueryParam("serviceId") Long serviceId, @QueryParam("memberId") Long memberId,
                           @QueryParam("mine") boolean mine, @QueryParam("sort") String sort) {
        RequestFilter filter = new RequestFilter(QueryParams.enumValue("status", RequestStatus.class, status), serviceId, memberId, mine,
                "oldest".equals(sort));
        // Read a first row here: a refusal (role, scope) answers as a problem, before the file starts.
        requests.search(filter, new PageRequest(0, 1));
        return Downloads.fromApi("demandes-de-service", Downloads.format(format), out -> exports.requests(filter, out, Locale.FRENCH));
    }

    @GET
    public PageDto<RequestRowDto> search(@QueryParam("status") String status, @QueryParam("serviceId") Long serviceId,
                                         @QueryParam("memberId") Long memberId, @QueryParam("mine") boolean mine,
                                         @QueryParam("sort") String sort,
                                         @QueryParam("page") @DefaultValue("0") int page,
                                         @QueryParam("size") @DefaultValue("20") int size) {
        RequestFilter filter = new RequestFilter(QueryParams.enumValue("status", RequestStatus.class, status), serviceId,
                memberId, mine, "oldest".equals(sort));
        return PageDto.of(requests.search(filter, new PageRequest(page, size)), RequestRowDto::of);
    }

    @GET
    @Path("{id}")
    public RequestDto get(@PathParam("id") long id) {
        return details(requests.get(id));
    }

    @POST
    @Path("{id}/transitions")
    public RequestDto transition(@PathParam("id") long id, @NotNull Transition body) {
        RequestAction action = RequestAction.fromApi(body == null ? null : body.action());
        if (action == RequestAction.ASSIGN) {
            if (body.assigneeId() == null) {
                throw new fr.guichet.common.BusinessRuleException("request.assignee.invalid");
            }
            return details(requests.assign(id, body.assigneeId(), body.comment()));
        }
        return details(requests.act(id, action, body == null ? null : body.comment()));
    }

    private RequestDto details(ServiceRequest r) {
        List<EventDto> timeline = requests.timeline(r.getId()).stream().map(EventDto::of).toList();
        List<String> actions = requests.availableActions(r).stream().map(a -> a.name().toLowerCase(java.util.Locale.ROOT)).toList();
        return new RequestDto(r.getId(), r.getReference(), r.getMemberId(), r.getServiceId(), r.getFormId(),
                r.getRequesterId(), r.getAssigneeId(), r.getStatus().name(), r.getCreatedAt(), r.getUpdatedAt(),
                r.getAnswers(), actions, timeline);
    }

    public record NewRequest(Long serviceId, Map<String, Object> answers, Boolean draft, String comment) {
    }

    public record Transition(String action, String comment, Long assigneeId) {
    }

    public record RequestRowDto(long id, String reference, long memberId, String memberName, long serviceId,
                                String serviceName, String requester, String assignee, String status, Instant createdAt) {
        static RequestRowDto of(RequestRow r) {
            return new RequestRowDto(r.id(), r.reference(), r.memberId(), r.memberName(), r.serviceId(), r.serviceName(),
                    r.requesterName(), r.assigneeName(), r.status().name(), r.createdAt());
        }
    }

    public record RequestDto(long id, String reference, long memberId, long serviceId, long formId, long requesterId,
                             Long assigneeId, String status, Instant createdAt, Instant updatedAt,
                             Map<String, String> answers, List<String> availableActions, List<EventDto> timeline) {
    }

    public record EventDto(Instant at, String actor, String action, String from, String to, String comment) {
        static EventDto of(RequestTimelineLine e) {
            return new EventDto(e.at(), e.actor(), e.action().name(), e.from() == null ? null : e.from().name(),
                    e.to().name(), e.comment());
        }
    }
}
