package fr.guichet.web.incident;

import static fr.guichet.web.api.ApiEnums.lower;

import fr.guichet.common.PageRequest;
import fr.guichet.incident.IncidentPost;
import fr.guichet.incident.IncidentStatus;
import fr.guichet.incident.IncidentUpdate;
import fr.guichet.incident.IncidentView;
import fr.guichet.incident.MajorIncident;
import fr.guichet.incident.MajorIncidents;
import fr.guichet.incident.NewMajorIncident;
import fr.guichet.incident.UpdateKind;
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
import java.util.Set;

/**
 * Major incidents under {@code /api/v1/major-incidents}: staff declare and work them; a commune user reads those that
 * affect their member, with their public updates only.
 */
@Path("/v1/major-incidents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MajorIncidentResource {

    @Inject
    private MajorIncidents incidents;

    @GET
    public PageDto<SummaryDto> list(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("20") int size) {
        return PageDto.of(incidents.page(QueryParams.enumValue("status", IncidentStatus.class, status), new PageRequest(page, size)),
                SummaryDto::of);
    }

    @POST
    public Response declare(DeclareBody body, @Context UriInfo uri) {
        MajorIncident declared = incidents.declare(body == null ? null
                : new NewMajorIncident(body.title(), body.serviceIds(), body.originTicketId(), body.announcement()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(declared.getId())).build())
                .entity(DetailDto.of(incidents.view(declared.getId()))).build();
    }

    @GET
    @Path("{id}")
    public DetailDto get(@PathParam("id") long id) {
        return DetailDto.of(incidents.view(id));
    }

    @POST
    @Path("{id}/updates")
    public Response post(@PathParam("id") long id, UpdateBody body) {
        IncidentUpdate posted = incidents.post(id, body == null ? null : new IncidentPost(
                QueryParams.enumValue("kind", UpdateKind.class, body.kind() == null ? "update" : body.kind()), body.body(),
                Boolean.TRUE.equals(body.internal()), body.decidedBy(), QueryParams.instant("decidedAt", body.decidedAt())));
        return Response.status(Response.Status.CREATED).entity(UpdateDto.of(posted)).build();
    }

    @PUT
    @Path("{id}/members")
    public DetailDto affect(@PathParam("id") long id, MembersBody body) {
        incidents.affect(id, body == null ? null : body.memberIds());
        return DetailDto.of(incidents.view(id));
    }

    @PUT
    @Path("{id}/tickets/{ticketId}")
    public DetailDto link(@PathParam("id") long id, @PathParam("ticketId") long ticketId) {
        incidents.link(id, ticketId);
        return DetailDto.of(incidents.view(id));
    }

    @DELETE
    @Path("{id}/tickets/{ticketId}")
    public Response unlink(@PathParam("id") long id, @PathParam("ticketId") long ticketId) {
        incidents.unlink(id, ticketId);
        return Response.noContent().build();
    }

    /** Open tickets on the incident's services, not linked yet: those to link. */
    @GET
    @Path("{id}/suggestions")
    public List<TicketDto> suggestions(@PathParam("id") long id) {
        return incidents.suggestions(id).stream().map(TicketDto::of).toList();
    }

    @POST
    @Path("{id}/resolution")
    public DetailDto resolve(@PathParam("id") long id, NoteBody body) {
        incidents.resolve(id, body == null ? null : body.note());
        return DetailDto.of(incidents.view(id));
    }

    @PUT
    @Path("{id}/review")
    public DetailDto review(@PathParam("id") long id, ReviewBody body) {
        incidents.review(id, body == null ? null : body.cause(), body == null ? null : body.actions());
        return DetailDto.of(incidents.view(id));
    }

    public record DeclareBody(String title, Set<Long> serviceIds, Long originTicketId, String announcement) {
    }

    public record UpdateBody(String kind, String body, Boolean internal, String decidedBy, String decidedAt) {
    }

    public record MembersBody(Set<Long> memberIds) {
    }

    public record NoteBody(String note) {
    }

    public record ReviewBody(String cause, String actions) {
    }

    public record SummaryDto(long id, String reference, String title, String status, Instant declaredAt, Instant resolvedAt) {

        static SummaryDto of(MajorIncident i) {
            return new SummaryDto(i.getId(), i.getReference(), i.getTitle(), lower(i.getStatus()), i.getDeclaredAt(), i.getResolvedAt());
        }
    }

    public record NamedDto(long id, String name) {

        static NamedDto of(IncidentView.Named n) {
            return new NamedDto(n.id(), n.name());
        }
    }

    public record UpdateDto(long id, String kind, String body, boolean internal, String author, Instant postedAt, String decidedBy,
                            Instant decidedAt, int recipients) {

        static UpdateDto of(IncidentUpdate u) {
            return new UpdateDto(u.getId(), lower(u.getKind()), u.getBody(), u.isInternal(), u.getAuthorName(), u.getPostedAt(),
                    u.getDecidedBy(), u.getDecidedAt(), u.getRecipients());
        }
    }

    public record TicketDto(long id, String reference, String subject, String status, String memberName) {

        static TicketDto of(IncidentView.LinkedTicket t) {
            return new TicketDto(t.id(), t.reference(), t.subject(), lower(t.status()), t.memberName());
        }
    }

    public record DetailDto(long id, String reference, String title, String status, Instant declaredAt, Instant resolvedAt,
                            Long originTicketId, List<NamedDto> services, List<NamedDto> affectedMembers, List<UpdateDto> updates,
                            List<TicketDto> tickets, String reviewCause, String reviewActions, Instant reviewedAt) {

        static DetailDto of(IncidentView v) {
            MajorIncident i = v.incident();
            return new DetailDto(i.getId(), i.getReference(), i.getTitle(), lower(i.getStatus()), i.getDeclaredAt(), i.getResolvedAt(),
                    v.manageable() ? i.getOriginTicketId() : null, v.services().stream().map(NamedDto::of).toList(),
                    v.members().stream().map(NamedDto::of).toList(), v.updates().stream().map(UpdateDto::of).toList(),
                    v.tickets().stream().map(TicketDto::of).toList(), v.staffReader() ? i.getReviewCause() : null,
                    v.staffReader() ? i.getReviewActions() : null, v.staffReader() ? i.getReviewedAt() : null);
        }
    }
}
