package fr.guichet.web.demand;

import static fr.guichet.web.api.ApiEnums.lower;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.PageRequest;
import fr.guichet.demand.Demand;
import fr.guichet.demand.DemandAction;
import fr.guichet.demand.DemandAttachments;
import fr.guichet.demand.DemandComment;
import fr.guichet.demand.DemandDecision;
import fr.guichet.demand.DemandEvent;
import fr.guichet.demand.DemandFilter;
import fr.guichet.demand.DemandKind;
import fr.guichet.demand.DemandRow;
import fr.guichet.demand.DemandService;
import fr.guichet.demand.DemandState;
import fr.guichet.demand.NewDemand;
import fr.guichet.demand.QuarterLoad;
import fr.guichet.demand.Roadmap;
import fr.guichet.demand.ScoreMarks;
import fr.guichet.demand.ScoringService;
import fr.guichet.demand.ScoringWeights;
import fr.guichet.demand.Supporter;
import fr.guichet.identity.UserNames;
import fr.guichet.security.Caller;
import fr.guichet.web.api.PageDto;
import fr.guichet.web.api.QueryParams;
import fr.guichet.web.attachment.AttachmentDto;
import fr.guichet.web.export.Downloads;
import fr.guichet.web.export.ListExport;
import fr.guichet.web.report.TableExport;
import fr.guichet.web.shell.Files;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The shared backlog under {@code /api/v1/demands}: every member reads it, référents co-sign, managers score and plan. */
@Path("/v1/demands")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DemandResource {

    @Inject
    private ListExport exports;

    @Inject
    private DemandService demands;

    @Inject
    private ScoringService scoring;

    @Inject
    private Roadmap roadmap;

    @Inject
    private DemandAttachments attachments;

    @Inject
    private Caller caller;

    @Inject
    private UserNames userNames;

    /** The same backlog as a CSV or ODS file, all of it (not a page), streamed. */
    @GET
    @Path("export")
    @Produces({TableExport.CSV_TYPE, TableExport.ODS_TYPE, MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("format") String format, @QueryParam("state") String state, @QueryParam("kind") String kind,
                           @QueryParam("supportedBy") String supportedBy, @QueryParam("service") Long service,
                           @QueryParam("q") String text, @QueryParam("sort") String sort) {
        DemandFilter filter = new DemandFilter(QueryParams.enumValue("state", DemandState.class, state),
                QueryParams.enumValue("kind", DemandKind.class, kind), member(supportedBy), service, text,
                QueryParams.enumValue("sort", DemandFilter.Sort.class, sort));
        // Read a first row here: a refusal (role, scope) answers as a problem, before the file starts.
        demands.search(filter, new PageRequest(0, 1));
        return Downloads.fromApi("demandes-des-membres", Downloads.format(format), out -> exports.demands(filter, out, Locale.FRENCH));
    }

    @GET
    public PageDto<DemandRowDto> search(@QueryParam("state") String state, @QueryParam("kind") String kind,
                                        @QueryParam("supportedBy") String supportedBy, @QueryParam("service") Long service,
                                        @QueryParam("q") String text, @QueryParam("sort") String sort,
                                        @QueryParam("page") @DefaultValue("0") int page,
                                        @QueryParam("size") @DefaultValue("20") int size) {
        DemandFilter filter = new DemandFilter(QueryParams.enumValue("state", DemandState.class, state),
                QueryParams.enumValue("kind", DemandKind.class, kind), member(supportedBy), service, text,
                QueryParams.enumValue("sort", DemandFilter.Sort.class, sort));
        return PageDto.of(demands.search(filter, new PageRequest(page, size)), DemandRowDto::of);
    }

    @POST
    public Response submit(@NotNull DemandBody body, @Context UriInfo uri) {
        Demand created = demands.submit(new NewDemand(body.title(), body.description(),
                QueryParams.enumValue("kind", DemandKind.class, body.kind()), body.expectedBenefit(), date("deadline", body.deadline()),
                body.serviceIds()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(details(created)).build();
    }

    @GET
    @Path("similar")
    public List<DemandRowDto> similar(@QueryParam("title") String title) {
        return demands.similar(title).stream().map(DemandRowDto::of).toList();
    }

    @GET
    @Path("{id}")
    public DemandDto get(@PathParam("id") long id) {
        return details(demands.get(id));
    }

    @POST
    @Path("{id}/support")
    public DemandDto support(@PathParam("id") long id, SupportBody body) {
        return details(demands.support(id, body == null ? null : body.comment(), body == null ? null : body.expectedUsers()));
    }

    @DELETE
    @Path("{id}/support")
    public DemandDto withdraw(@PathParam("id") long id) {
        return details(demands.withdraw(id));
    }

    @POST
    @Path("{id}/comments")
    public Response comment(@PathParam("id") long id, @NotNull CommentBody body) {
        DemandComment comment = demands.comment(id, body.body());
        return Response.status(Response.Status.CREATED).entity(new CommentDto(comment.getId(), comment.getAuthorId(),
                userNames.of(List.of(comment.getAuthorId())).get(comment.getAuthorId()), comment.getBody(), comment.getCreatedAt()))
                .build();
    }

    @PUT
    @Path("{id}/score")
    public DemandDto score(@PathParam("id") long id, @NotNull ScoreMarks marks) {
        return details(scoring.score(id, marks));
    }

    @PUT
    @Path("{id}/rank")
    public DemandDto overrideRank(@PathParam("id") long id, @NotNull RankBody body) {
        return details(scoring.overrideRank(id, body.rank(), body.justification()));
    }

    /** Actions: study, plan (quarter), start, deliver (serviceId or comment), decline (comment), merge (intoId). */
    @POST
    @Path("{id}/transitions")
    public TransitionDto transition(@PathParam("id") long id, @NotNull TransitionBody body) {
        if ("merge".equalsIgnoreCase(body.action())) {
            if (body.intoId() == null) {
                throw new BusinessRuleException("demand.merge.targetRequired");
            }
            demands.merge(id, body.intoId());
            return new TransitionDto(details(demands.get(id)), null);
        }
        DemandService.Transition done = demands.act(List.of(id), QueryParams.enumValue("action", DemandAction.class, body.action()),
                body.comment(), body.quarter(), body.serviceId());
        return new TransitionDto(details(demands.get(id)), done.overCapacity());
    }

    /** The same action on several demands (ranked backlog). */
    @POST
    @Path("transitions")
    public TransitionDto transitionMany(@NotNull BulkTransitionBody body) {
        if (body.ids() == null || body.ids().isEmpty()) {
            throw new BusinessRuleException("demand.bulk.empty");
        }
        DemandService.Transition done = demands.act(body.ids(), QueryParams.enumValue("action", DemandAction.class, body.action()),
                body.comment(), body.quarter(), body.serviceId());
        return new TransitionDto(null, done.overCapacity());
    }

    @POST
    @Path("{id}/decisions")
    public Response decide(@PathParam("id") long id, @NotNull DecisionBody body) {
        DemandDecision decision = demands.decide(id, date("decidedOn", body.decidedOn()),
                QueryParams.enumValue("body", DemandDecision.Body.class, body.body()),
                QueryParams.enumValue("outcome", DemandDecision.Outcome.class, body.outcome()), body.text());
        return Response.status(Response.Status.CREATED).entity(DecisionDto.of(decision)).build();
    }

    /** Upload: the file's bytes as the body (any content type), its name as {@code ?name=}. */
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) throws IOException {
        byte[] content = Files.read(body);
        return Response.status(Response.Status.CREATED).entity(AttachmentDto.of(attachments.attach(id, name, content))).build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return Files.response(attachments.download(id, attachmentId));
    }

    @GET
    @Path("roadmap")
    public List<QuarterLoad> roadmap() {
        return roadmap.quarters();
    }

    @PUT
    @Path("roadmap/{quarter}")
    public QuarterLoad capacity(@PathParam("quarter") String quarter, @NotNull CapacityBody body) {
        return roadmap.setCapacity(quarter, body.capacityDays());
    }

    @GET
    @Path("weights")
    public ScoringWeights weights() {
        return scoring.weights();
    }

    @PUT
    @Path("weights")
    public ScoringWeights changeWeights(@NotNull ScoringWeights weights) {
        return scoring.changeWeights(weights);
    }

    private DemandDto details(Demand d) {
        List<DemandComment> comments = demands.comments(d.getId());
        Map<Long, String> names = userNames.of(comments.stream().map(DemandComment::getAuthorId).toList());
        return new DemandDto(d.getId(), d.getReference(), d.getTitle(), d.getDescription(), lower(d.getKind()),
                d.getExpectedBenefit(), d.getDeadline(), d.getMemberId(), lower(d.getState()), d.getScore(), d.getRankPosition(),
                d.getRankOverride(), d.getOverrideReason(), d.getSupporters(), d.getTargetQuarter(), d.getDeliveredServiceId(),
                d.getDeclineReason(), d.getMergedIntoId(), d.getCreatedAt(), d.getServiceIds().stream().sorted().toList(),
                demands.supportedByMyMember(d.getId()), ScoreExplanation.of(scoring.breakdown(d.getId()), Locale.FRENCH),
                demands.supporters(d.getId()),
                comments.stream().map(c -> new CommentDto(c.getId(), c.getAuthorId(), names.get(c.getAuthorId()), c.getBody(),
                        c.getCreatedAt())).toList(),
                demands.history(d.getId()).stream().map(EventDto::of).toList(),
                demands.decisions(d.getId()).stream().map(DecisionDto::of).toList(),
                attachments.list(d.getId()).stream().map(AttachmentDto::of).toList());
    }

    private Long member(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().equalsIgnoreCase("me")) {
            Long own = caller.required().memberId();
            return own == null ? -1L : own;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new BusinessRuleException("error.invalidValue", "supportedBy", value);
        }
    }

    private static LocalDate date(String name, String value) {
        return QueryParams.date(name, value, null);
    }

    public record DemandBody(String title, String description, String kind, String expectedBenefit, String deadline,
                             Set<Long> serviceIds) {
    }

    public record SupportBody(String comment, Integer expectedUsers) {
    }

    public record CommentBody(String body) {
    }

    public record RankBody(Integer rank, String justification) {
    }

    public record TransitionBody(String action, String comment, String quarter, Long serviceId, Long intoId) {
    }

    public record BulkTransitionBody(List<Long> ids, String action, String comment, String quarter, Long serviceId) {
    }

    public record DecisionBody(String decidedOn, String body, String outcome, String text) {
    }

    public record CapacityBody(BigDecimal capacityDays) {
    }

    public record TransitionDto(DemandDto demand, QuarterLoad overCapacity) {
    }

    public record DemandRowDto(long id, String reference, String title, String kind, String state, String memberName,
                               int supporters, BigDecimal populationShare, BigDecimal score, Integer rank,
                               boolean rankOverridden, String targetQuarter, Instant createdAt, boolean supportedByMyMember) {
        static DemandRowDto of(DemandRow r) {
            return new DemandRowDto(r.id(), r.reference(), r.title(), lower(r.kind()), lower(r.state()), r.memberName(),
                    r.supporters(), r.populationShare(), r.score(), r.rank(), r.rankOverridden(), r.targetQuarter(), r.createdAt(),
                    r.supportedByMe());
        }
    }

    public record DemandDto(long id, String reference, String title, String description, String kind, String expectedBenefit,
                            LocalDate deadline, long memberId, String state, BigDecimal score, Integer rank, Integer rankOverride,
                            String overrideReason, int supporters, String targetQuarter, Long deliveredServiceId,
                            String declineReason, Long mergedIntoId, Instant createdAt, List<Long> serviceIds,
                            boolean supportedByMyMember, ScoreExplanation scoreBreakdown, List<Supporter> supportersList,
                            List<CommentDto> comments, List<EventDto> history, List<DecisionDto> decisions,
                            List<AttachmentDto> attachments) {
    }

    public record CommentDto(long id, long authorId, String authorName, String body, Instant createdAt) {
    }

    public record EventDto(Instant at, String actor, String kind, String state, String detail) {
        static EventDto of(DemandEvent e) {
            return new EventDto(e.getOccurredAt(), e.getActorLogin(), lower(e.getKind()), lower(e.getToState()), e.getDetail());
        }
    }

    public record DecisionDto(long id, LocalDate decidedOn, String body, String outcome, String text) {
        static DecisionDto of(DemandDecision d) {
            return new DecisionDto(d.getId(), d.getDecidedOn(), lower(d.getBody()), lower(d.getOutcome()), d.getText());
        }
    }
}
