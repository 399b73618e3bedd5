package fr.guichet.web.problem;

import static fr.guichet.web.api.ApiEnums.lower;

import fr.guichet.common.PageRequest;
import fr.guichet.problem.Problem;
import fr.guichet.problem.ProblemClosure;
import fr.guichet.problem.ProblemDraft;
import fr.guichet.problem.ProblemStatus;
import fr.guichet.problem.ProblemView;
import fr.guichet.problem.Problems;
import fr.guichet.web.api.PageDto;
import fr.guichet.web.api.QueryParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/**
 * Problems under {@code /api/v1/problems}, for the syndicate's staff only: the cause behind recurring incidents, its
 * tickets and major incidents, its workaround published as an article, its closing with a note to the requesters.
 */
@Path("/v1/problems")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProblemResource {

    @Inject
    private Problems problems;

    @GET
    public PageDto<SummaryDto> list(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("20") int size) {
        return PageDto.of(problems.page(QueryParams.enumValue("status", ProblemStatus.class, status), new PageRequest(page, size)),
                SummaryDto::of);
    }

    @POST
    public Response open(ProblemBody body, @Context UriInfo uri) {
        problems.requireKeeper();
        Problem opened = problems.open(body == null ? null : body.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(opened.getId())).build())
                .entity(DetailDto.of(problems.view(opened.getId()))).build();
    }

    @GET
    @Path("{id}")
    public DetailDto get(@PathParam("id") long id) {
        return DetailDto.of(problems.view(id));
    }

    @PUT
    @Path("{id}")
    public DetailDto update(@PathParam("id") long id, ProblemBody body) {
        problems.requireKeeper();
        problems.update(id, body == null || body.version() == null ? -1 : body.version(), body == null ? null : body.draft());
        return DetailDto.of(problems.view(id));
    }

    @PUT
    @Path("{id}/tickets/{ticketId}")
    public DetailDto linkTicket(@PathParam("id") long id, @PathParam("ticketId") long ticketId) {
        problems.linkTicket(id, ticketId);
        return DetailDto.of(problems.view(id));
    }

    @DELETE
    @Path("{id}/tickets/{ticketId}")
    public Response unlinkTicket(@PathParam("id") long id, @PathParam("ticketId") long ticketId) {
        problems.unlinkTicket(id, ticketId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/incidents/{incidentId}")
    public DetailDto linkIncident(@PathParam("id") long id, @PathParam("incidentId") long incidentId) {
        problems.linkIncident(id, incidentId);
        return DetailDto.of(problems.view(id));
    }

    @DELETE
    @Path("{id}/incidents/{incidentId}")
    public Response unlinkIncident(@PathParam("id") long id, @PathParam("incidentId") long incidentId) {
        problems.unlinkIncident(id, incidentId);
        return Response.noContent().build();
    }

    /** Publishes the workaround as a knowledge-base article (again: updates it). */
    @POST
    @Path("{id}/workaround-article")
    public DetailDto publish(@PathParam("id") long id, PublishBody body) {
        problems.publishWorkaround(id, body != null && Boolean.TRUE.equals(body.publicArticle()));
        return DetailDto.of(problems.view(id));
    }

    @POST
    @Path("{id}/closure")
    public DetailDto close(@PathParam("id") long id, ClosureBody body) {
        problems.close(id, body == null ? null : new ProblemClosure(body.rootCause(), body.publicNote(), Boolean.TRUE.equals(body.notifyRequesters())));
        return DetailDto.of(problems.view(id));
    }

    public record ProblemBody(String title, Long serviceId, String analysis, String workaround, String rootCause, Integer version) {

        ProblemDraft draft() {
            return new ProblemDraft(title, serviceId, analysis, workaround, rootCause);
        }
    }

    public record PublishBody(Boolean publicArticle) {
    }

    public record ClosureBody(String rootCause, String publicNote, Boolean notifyRequesters) {
    }

    public record SummaryDto(long id, String reference, String title, String status, Instant createdAt, Instant closedAt) {

        static SummaryDto of(Problem p) {
            return new SummaryDto(p.getId(), p.getReference(), p.getTitle(), lower(p.getStatus()), p.getCreatedAt(), p.getClosedAt());
        }
    }

    public record TicketDto(long id, String reference, String subject, String status, String memberName) {
    }

    public record IncidentDto(long id, String reference, String title) {
    }

    public record ArticleDto(long id, String title, boolean publicArticle) {
    }

    public record DetailDto(long id, String reference, String title, String status, Long serviceId, String serviceName, String analysis,
                            String workaround, String rootCause, ArticleDto workaroundArticle, Instant createdAt, String createdBy,
                            Instant closedAt, String closureNote, int notified, int version, List<TicketDto> tickets,
                            List<IncidentDto> incidents) {

        static DetailDto of(ProblemView v) {
            Problem p = v.problem();
            return new DetailDto(p.getId(), p.getReference(), p.getTitle(), lower(p.getStatus()), p.getServiceId(), v.serviceName(),
                    p.getAnalysis(), p.getWorkaround(), p.getRootCause(),
                    v.article() == null ? null : new ArticleDto(v.article().id(), v.article().title(), v.article().publicArticle()),
                    p.getCreatedAt(), p.getCreatedBy(), p.getClosedAt(), p.getClosureNote(), p.getNotified(), p.getVersion(),
                    v.tickets().stream().map(t -> new TicketDto(t.id(), t.reference(), t.subject(), lower(t.status()), t.memberName())).toList(),
                    v.incidents().stream().map(i -> new IncidentDto(i.id(), i.reference(), i.title())).toList());
        }
    }
}
