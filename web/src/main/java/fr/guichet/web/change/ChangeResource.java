package fr.guichet.web.change;

import static fr.guichet.web.api.ApiEnums.lower;

import fr.guichet.change.ChangeAction;
import fr.guichet.change.ChangeDraft;
import fr.guichet.change.ChangeRequest;
import fr.guichet.change.ChangeRisk;
import fr.guichet.change.ChangeStatus;
import fr.guichet.change.ChangeView;
import fr.guichet.change.Changes;
import fr.guichet.common.PageRequest;
import fr.guichet.web.api.ApiEnums;
import fr.guichet.web.api.PageDto;
import fr.guichet.web.api.QueryParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Changes and planned maintenance under {@code /api/v1/changes}, for the syndicate's staff: prepared by technicians,
 * decided by a manager or the direction, carried out, announced to the affected members' référents.
 */
@Path("/v1/changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChangeResource {

    @Inject
    private Changes changes;

    @GET
    public PageDto<SummaryDto> list(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("20") int size) {
        return PageDto.of(changes.page(QueryParams.enumValue("status", ChangeStatus.class, status), new PageRequest(page, size)),
                SummaryDto::of);
    }

    @POST
    public Response create(ChangeBody body, @Context UriInfo uri) {
        changes.requireKeeper();
        ChangeRequest created = changes.create(body == null ? null : body.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(DetailDto.of(changes.view(created.getId()))).build();
    }

    @GET
    @Path("{id}")
    public DetailDto get(@PathParam("id") long id) {
        return DetailDto.of(changes.view(id));
    }

    @PUT
    @Path("{id}")
    public DetailDto update(@PathParam("id") long id, ChangeBody body) {
        changes.requireKeeper();
        changes.update(id, body == null || body.version() == null ? -1 : body.version(), body == null ? null : body.draft());
        return DetailDto.of(changes.view(id));
    }

    /** Submit, approve, reject, start, complete, back out or cancel, with an optional note (the decision's reason). */
    @POST
    @Path("{id}/actions")
    public DetailDto act(@PathParam("id") long id, ActionBody body) {
        changes.act(id, QueryParams.enumValue("action", ChangeAction.class, body == null ? null : body.action()),
                body == null ? null : body.note());
        return DetailDto.of(changes.view(id));
    }

    public record ChangeBody(String title, String publicSummary, String plan, String backoutPlan, String risk, Boolean interrupts,
                             String windowStart, String windowEnd, Set<Long> serviceIds, Set<Long> itemIds, Long problemId,
                             Integer version) {

        ChangeDraft draft() {
            return new ChangeDraft(title, publicSummary, plan, backoutPlan, QueryParams.enumValue("risk", ChangeRisk.class, risk),
                    Boolean.TRUE.equals(interrupts), QueryParams.instant("windowStart", windowStart),
                    QueryParams.instant("windowEnd", windowEnd), serviceIds, itemIds, problemId);
        }
    }

    public record ActionBody(String action, String note) {
    }

    public record SummaryDto(long id, String reference, String title, String status, String risk, boolean interrupts, Instant windowStart,
                             Instant windowEnd) {

        static SummaryDto of(ChangeRequest c) {
            return new SummaryDto(c.getId(), c.getReference(), c.getTitle(), lower(c.getStatus()), lower(c.getRisk()), c.isInterrupts(),
                    c.getWindowStart(), c.getWindowEnd());
        }
    }

    public record NamedDto(long id, String name) {

        static NamedDto of(ChangeView.Named n) {
            return n == null ? null : new NamedDto(n.id(), n.name());
        }
    }

    public record DetailDto(long id, String reference, String title, String publicSummary, String plan, String backoutPlan, String risk,
                            boolean interrupts, Instant windowStart, Instant windowEnd, String status, String requestedBy,
                            String decidedBy, Instant decidedAt, String decisionNote, LocalDate announceOn, Instant announcedAt,
                            int announcedTo, Instant startedAt, Instant endedAt, List<NamedDto> services, List<NamedDto> items,
                            NamedDto problem, List<String> availableActions, int version) {

        static DetailDto of(ChangeView v) {
            ChangeRequest c = v.change();
            return new DetailDto(c.getId(), c.getReference(), c.getTitle(), c.getPublicSummary(), c.getPlan(), c.getBackoutPlan(),
                    lower(c.getRisk()), c.isInterrupts(), c.getWindowStart(), c.getWindowEnd(), lower(c.getStatus()), c.getRequestedBy(),
                    c.getDecidedBy(), c.getDecidedAt(), c.getDecisionNote(), c.getAnnounceOn(), c.getAnnouncedAt(), c.getAnnouncedTo(),
                    c.getStartedAt(), c.getEndedAt(), v.services().stream().map(NamedDto::of).toList(),
                    v.items().stream().map(NamedDto::of).toList(), NamedDto.of(v.problem()),
                    v.actions().stream().map(ApiEnums::lower).toList(), c.getVersion());
        }
    }
}
