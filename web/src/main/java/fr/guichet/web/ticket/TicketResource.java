package fr.guichet.web.ticket;

import static fr.guichet.web.api.ApiEnums.lower;

import fr.guichet.attachment.Attachment;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.NotFoundException;
import fr.guichet.common.PageRequest;
import fr.guichet.identity.UserNames;
import fr.guichet.security.Caller;
import fr.guichet.sla.Impact;
import fr.guichet.sla.Priority;
import fr.guichet.sla.TicketType;
import fr.guichet.sla.Urgency;
import fr.guichet.ticket.Channel;
import fr.guichet.ticket.GroupDraft;
import fr.guichet.ticket.NewTicket;
import fr.guichet.ticket.RelatedTicket;
import fr.guichet.ticket.SupportGroup;
import fr.guichet.ticket.SupportGroups;
import fr.guichet.ticket.Ticket;
import fr.guichet.ticket.TicketAction;
import fr.guichet.ticket.TicketAttachments;
import fr.guichet.ticket.TicketClassification;
import fr.guichet.ticket.TicketComment;
import fr.guichet.ticket.TicketDetail;
import fr.guichet.ticket.TicketDetails;
import fr.guichet.ticket.TicketFilter;
import fr.guichet.ticket.TicketHistoryLine;
import fr.guichet.ticket.TicketLists;
import fr.guichet.ticket.TicketRelations;
import fr.guichet.ticket.TicketRow;
import fr.guichet.ticket.TicketService;
import fr.guichet.ticket.TicketStatus;
import fr.guichet.web.api.ApiEnums;
import fr.guichet.web.api.PageDto;
import fr.guichet.web.api.ProblemMapper;
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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Helpdesk tickets under {@code /api/v1/tickets}, with the same visibility as the pages. */
@Path("/v1/tickets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketResource {

    @Inject
    private TicketService tickets;

    @Inject
    private TicketLists lists;

    @Inject
    private UserNames userNames;

    @Inject
    private TicketAttachments attachments;

    @Inject
    private TicketDetails ticketDetails;

    @Inject
    private TicketRelations relations;

    @Inject
    private ListExport exports;

    @Inject
    private SupportGroups groups;

    @Inject
    private Caller caller;

    @POST
    public Response open(@NotNull NewTicketBody body, @Context UriInfo uri) {
        TicketDetail created = ticketDetails.open(new NewTicket(body.subject(), body.description(),
                QueryParams.enumValue("type", TicketType.class, body.type()), body.serviceId(),
                QueryParams.enumValue("impact", Impact.class, body.impact()),
                QueryParams.enumValue("urgency", Urgency.class, body.urgency()), body.configurationItemId()), Channel.API);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.ticket().getId())).build())
                .entity(details(created)).build();
    }

    /** Staff open a ticket for a commune user who phoned, came to the counter or wrote. */
    @POST
    @Path("on-behalf")
    public Response openOnBehalf(@NotNull OnBehalfBody body, @Context UriInfo uri) {
        if (body.requesterId() == null) {
            throw new BusinessRuleException("ticket.onBehalf.requester");
        }
        TicketDetail created = ticketDetails.openOnBehalf(body.requesterId(), new NewTicket(body.subject(), body.description(),
                QueryParams.enumValue("type", TicketType.class, body.type()), body.serviceId(),
                QueryParams.enumValue("impact", Impact.class, body.impact()),
                QueryParams.enumValue("urgency", Urgency.class, body.urgency()), body.configurationItemId()),
                QueryParams.enumValue("channel", Channel.class, body.channel()));
        return Response.created(uri.getBaseUriBuilder().path("v1/tickets").path(String.valueOf(created.ticket().getId())).build())
                .entity(details(created)).build();
    }

    @GET
    public PageDto<TicketRowDto> search(@QueryParam("member") Long member, @QueryParam("status") String status,
                                        @QueryParam("priority") String priority, @QueryParam("group") Long group,
                                        @QueryParam("assignee") String assignee, @QueryParam("service") Long service,
                                        @QueryParam("q") String text, @QueryParam("breached") Boolean breached,
                                        @QueryParam("mine") boolean mine, @QueryParam("sort") String sort,
                                        @QueryParam("page") @DefaultValue("0") int page,
                                        @QueryParam("size") @DefaultValue("20") int size) {
        return PageDto.of(lists.search(filter(member, status, priority, group, assignee, service, text, breached, mine, sort),
                new PageRequest(page, size)), TicketRowDto::of);
    }

    private TicketFilter filter(Long member, String status, String priority, Long group, String assignee, Long service, String text,
                                Boolean breached, boolean mine, String sort) {
        return new TicketFilter(member, statuses(status), QueryParams.enumValue("priority", Priority.class, priority), group,
                assignee(assignee), service, text, breached, mine, QueryParams.enumValue("sort", TicketFilter.Sort.class, descendingAlias(sort)));
    }

    /** The same list as a CSV or ODS file, every ticket of the filters (not a page), streamed. */
    @GET
    @Path("export")
    @Produces({TableExport.CSV_TYPE, TableExport.ODS_TYPE, MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("format") String format, @QueryParam("member") Long member, @QueryParam("status") String status,
                           @QueryParam("priority") String priority, @QueryParam("group") Long group,
                           @QueryParam("assignee") String assignee, @QueryParam("service") Long service,
                           @QueryParam("q") String text, @QueryParam("breached") Boolean breached,
                           @QueryParam("mine") boolean mine, @QueryParam("sort") String sort) {
        TicketFilter filter = filter(member, status, priority, group, assignee, service, text, breached, mine, sort);
        return Downloads.fromApi("tickets", Downloads.format(format), out -> exports.tickets(filter, out, Locale.FRENCH));
    }

    @GET
    @Path("{id}")
    public TicketDto get(@PathParam("id") long id) {
        return details(id);
    }

    @POST
    @Path("{id}/comments")
    public Response comment(@PathParam("id") long id, @NotNull CommentBody body, @Context UriInfo uri) {
        TicketComment comment = tickets.comment(id, body.body(), Boolean.TRUE.equals(body.internal()), Channel.API);
        return Response.status(Response.Status.CREATED)
                .entity(CommentDto.of(comment, userNames.of(Set.of(comment.getAuthorId())))).build();
    }

    /** Actions: assign (groupId, assigneeId), take (assign to me), start, wait_for_requester, resolve, reopen, close. */
    @POST
    @Path("{id}/transitions")
    public TicketDto transition(@PathParam("id") long id, @NotNull TransitionBody body) {
        String action = body.action() == null ? "" : body.action().strip().toLowerCase(Locale.ROOT);
        if (action.equals("take")) {
            Ticket ticket = tickets.get(id);
            tickets.assign(List.of(id), ticket.getGroupId(), caller.required().userId(), body.comment());
        } else if (action.equals("assign")) {
            Ticket ticket = tickets.get(id);
            tickets.assign(List.of(id), body.groupId() == null ? ticket.getGroupId() : body.groupId(), body.assigneeId(),
                    body.comment());
        } else {
            tickets.act(id, QueryParams.enumValue("action", TicketAction.class, action), body.comment());
        }
        return details(id);
    }

    /** Bulk assignment from a queue. */
    @POST
    @Path("assignments")
    public List<TicketRowDto> assignMany(@NotNull BulkAssignment body) {
        if (body.ticketIds() == null || body.ticketIds().isEmpty() || body.groupId() == null) {
            throw new BusinessRuleException("ticket.assignment.invalid");
        }
        return tickets.assign(body.ticketIds(), body.groupId(), body.assigneeId(), body.comment()).stream()
                .map(t -> new TicketRowDto(t.getId(), t.getReference(), t.getSubject(), lower(t.getType()),
                        t.getPriority().name(), lower(t.getStatus()), t.getMemberId(), null, null, null, null, null,
                        t.getCreatedAt(), t.getSla().getResolutionDue(),
                        t.getSla().isFirstResponseBreached() || t.getSla().isResolutionBreached()))
                .toList();
    }

    @POST
    @Path("{id}/rating")
    public TicketDto rate(@PathParam("id") long id, @NotNull RatingBody body) {
        if (body.rating() == null) {
            throw new BusinessRuleException("ticket.rating.invalid");
        }
        return details(tickets.rate(id, body.rating(), body.comment()));
    }

    @PUT
    @Path("{id}/watching")
    public TicketDto watch(@PathParam("id") long id, @NotNull WatchBody body) {
        return details(tickets.watch(id, Boolean.TRUE.equals(body.watching())));
    }

    /** Staff correct type, service, impact or urgency with a reason; priority and due dates follow. */
    @PUT
    @Path("{id}/classification")
    public TicketDto reclassify(@PathParam("id") long id, @NotNull ClassificationBody body) {
        Ticket ticket = tickets.reclassify(id, new TicketClassification(QueryParams.enumValue("type", TicketType.class, body.type()),
                body.serviceId(), QueryParams.enumValue("impact", Impact.class, body.impact()),
                QueryParams.enumValue("urgency", Urgency.class, body.urgency())), body.reason());
        return details(ticket);
    }

    /** Staff merge this ticket, a duplicate, into the one that carries on; answers with the survivor. */
    @POST
    @Path("{id}/merge")
    public TicketDto merge(@PathParam("id") long id, @NotNull MergeBody body) {
        if (body.targetTicketId() == null) {
            throw new BusinessRuleException("ticket.merge.target");
        }
        return details(relations.merge(id, body.targetTicketId()));
    }

    @PUT
    @Path("{id}/links/{linkedId}")
    public TicketDto link(@PathParam("id") long id, @PathParam("linkedId") long linkedId) {
        return details(relations.link(id, linkedId));
    }

    @DELETE
    @Path("{id}/links/{linkedId}")
    public TicketDto unlink(@PathParam("id") long id, @PathParam("linkedId") long linkedId) {
        return details(relations.unlink(id, linkedId));
    }

    @PUT
    @Path("{id}/watchers/{userId}")
    public TicketDto addWatcher(@PathParam("id") long id, @PathParam("userId") long userId) {
        return details(relations.addWatcher(id, userId));
    }

    /** The ticket as it stands, or 204 when the caller stopped watching a ticket they may no longer read. */
    @DELETE
    @Path("{id}/watchers/{userId}")
    public Response removeWatcher(@PathParam("id") long id, @PathParam("userId") long userId) {
        relations.removeWatcher(id, userId);
        try {
            return Response.ok(details(id)).build();
        } catch (RuntimeException hidden) {
            if (ProblemMapper.unwrap(hidden) instanceof NotFoundException) {
                return Response.noContent().build();
            }
            throw hidden;
        }
    }

    @GET
    @Path("groups")
    public List<GroupDto> groups() {
        caller.required();
        return tickets.groups().stream().map(GroupDto::of).toList();
    }

    @POST
    @Path("groups")
    public Response createGroup(@NotNull GroupBody body, @Context UriInfo uri) {
        SupportGroup created = groups.create(body.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build()).entity(GroupDto.of(created))
                .build();
    }

    @PUT
    @Path("groups/{groupId}")
    public GroupDto updateGroup(@PathParam("groupId") long groupId, @NotNull GroupBody body) {
        return GroupDto.of(groups.update(groupId, body.draft()));
    }

    /** Upload: the file's bytes as the body (any content type), its name as {@code ?name=}. */
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) throws IOException {
        byte[] content = Files.read(body);
        Attachment attachment = attachments.attach(id, name, content);
        return Response.status(Response.Status.CREATED).entity(AttachmentDto.of(attachment)).build();
    }

    @GET
    @Path("{id}/attachments")
    public List<AttachmentDto> attachments(@PathParam("id") long id) {
        return attachments.list(id).stream().map(AttachmentDto::of).toList();
    }

    /** The file itself, always as a download (never rendered inline by the browser). */
    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return Files.response(attachments.download(id, attachmentId));
    }

    private TicketDto details(Ticket ticket) {
        return details(ticket.getId());
    }

    private TicketDto details(long id) {
        return details(ticketDetails.of(id));
    }

    private TicketDto details(TicketDetail d) {
        Ticket t = d.ticket();
        return new TicketDto(t.getId(), t.getReference(), lower(t.getType()), t.getSubject(), t.getDescription(),
                t.getMemberId(), t.getRequesterId(), d.nameOf(t.getRequesterId()), lower(t.getSource()), t.getServiceId(),
                d.item() == null ? null : new ItemDto(d.item().id(), d.item().name(), lower(d.item().kind())), lower(t.getImpact()),
                lower(t.getUrgency()), t.getPriority().name(), lower(t.getStatus()), t.getGroupId(), t.getAssigneeId(),
                d.nameOf(t.getAssigneeId()), t.getCreatedAt(), t.getUpdatedAt(), t.getSla().getFirstResponseDue(),
                t.getSla().getFirstRespondedAt(), t.getSla().getResolutionDue(), t.getSla().isFirstResponseBreached(),
                t.getSla().isResolutionBreached(),
                t.getSla().getPausedSince() != null && t.getStatus() == TicketStatus.WAITING_REQUESTER, t.getResolvedAt(),
                t.getResolutionNote(), t.getRating(), t.getRatingComment(), d.watching(),
                t.getWatcherIds().stream().sorted().map(w -> new PersonDto(w, d.nameOf(w))).toList(),
                d.mergedInto() == null ? null : RelatedDto.of(d.mergedInto()), d.links().stream().map(RelatedDto::of).toList(),
                d.actions().stream().map(ApiEnums::lower).toList(),
                d.comments().stream().map(c -> CommentDto.of(c, d.names())).toList(),
                d.attachments().stream().map(AttachmentDto::of).toList(),
                d.history().stream().map(EventDto::of).toList());
    }

    /** "-created" and "-updated" say the direction those orders always have (newest first). */
    private static String descendingAlias(String sort) {
        return sort != null && (sort.strip().equalsIgnoreCase("-created") || sort.strip().equalsIgnoreCase("-updated"))
                ? sort.strip().substring(1) : sort;
    }

    private static Set<TicketStatus> statuses(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        if (value.strip().equalsIgnoreCase("open")) {
            return TicketFilter.OPEN;
        }
        return Arrays.stream(value.split(",")).map(s -> QueryParams.enumValue("status", TicketStatus.class, s))
                .collect(Collectors.toSet());
    }

    private Long assignee(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "me" -> caller.required().userId();
            case "none" -> TicketFilter.UNASSIGNED;
            default -> {
                try {
                    yield Long.parseLong(value.strip());
                } catch (NumberFormatException notANumber) {
                    throw new BusinessRuleException("error.invalidValue", "assignee", value);
                }
            }
        };
    }

    public record OnBehalfBody(Long requesterId, String channel, String subject, String description, String type,
                               Long serviceId, String impact, String urgency, Long configurationItemId) {
    }

    public record NewTicketBody(String subject, String description, String type, Long serviceId, String impact,
                                String urgency, Long configurationItemId) {
    }

    public record CommentBody(String body, Boolean internal) {
    }

    public record TransitionBody(String action, String comment, Long groupId, Long assigneeId) {
    }

    public record BulkAssignment(List<Long> ticketIds, Long groupId, Long assigneeId, String comment) {
    }

    public record RatingBody(Integer rating, String comment) {
    }

    public record WatchBody(Boolean watching) {
    }

    public record MergeBody(Long targetTicketId) {
    }

    public record ClassificationBody(String type, Long serviceId, String impact, String urgency, String reason) {
    }

    public record GroupDto(long id, String code, String name, Long managerId, List<Long> memberIds) {
        static GroupDto of(SupportGroup g) {
            return new GroupDto(g.getId(), g.getCode(), g.getName(), g.getManagerId(), g.getMemberIds().stream().sorted().toList());
        }
    }

    public record GroupBody(String code, String name, Long managerId, List<Long> memberIds) {
        GroupDraft draft() {
            return new GroupDraft(code, name, managerId, memberIds == null ? Set.of() : Set.copyOf(memberIds));
        }
    }

    public record TicketRowDto(long id, String reference, String subject, String type, String priority, String status,
                               long memberId, String memberName, String serviceName, String groupName,
                               String assigneeName, String requesterName, Instant createdAt, Instant resolutionDue,
                               boolean breached) {
        static TicketRowDto of(TicketRow r) {
            return new TicketRowDto(r.id(), r.reference(), r.subject(), lower(r.type()), r.priority().name(),
                    lower(r.status()), r.memberId(), r.memberName(), r.serviceName(), r.groupName(), r.assigneeName(),
                    r.requesterName(), r.createdAt(), r.resolutionDue(), r.breached());
        }
    }

    public record TicketDto(long id, String reference, String type, String subject, String description, long memberId,
                            long requesterId, String requesterName, String channel, Long serviceId, ItemDto configurationItem,
                            String impact, String urgency,
                            String priority, String status, long groupId, Long assigneeId, String assigneeName,
                            Instant createdAt, Instant updatedAt, Instant firstResponseDue, Instant firstRespondedAt,
                            Instant resolutionDue, boolean firstResponseBreached, boolean resolutionBreached,
                            boolean clockPaused, Instant resolvedAt, String resolutionNote, Integer rating,
                            String ratingComment, boolean watching, List<PersonDto> watchers, RelatedDto mergedInto,
                            List<RelatedDto> links, List<String> availableActions,
                            List<CommentDto> comments, List<AttachmentDto> attachments, List<EventDto> history) {
    }

    public record PersonDto(long id, String name) {
    }

    /** The configuration item a ticket is about. */
    public record ItemDto(long id, String name, String kind) {
    }

    public record RelatedDto(long id, String reference, String subject, String status) {
        static RelatedDto of(RelatedTicket r) {
            return new RelatedDto(r.id(), r.reference(), r.subject(), lower(r.status()));
        }
    }

    public record CommentDto(long id, long authorId, String authorName, String body, boolean internal, String via,
                             Instant createdAt) {
        static CommentDto of(TicketComment c, Map<Long, String> names) {
            return new CommentDto(c.getId(), c.getAuthorId(), names.get(c.getAuthorId()), c.getBody(), c.isInternal(),
                    lower(c.getVia()), c.getCreatedAt());
        }
    }

    public record EventDto(Instant at, String actor, String kind, String from, String to, String detail) {
        static EventDto of(TicketHistoryLine e) {
            return new EventDto(e.at(), e.actor(), lower(e.kind()), lower(e.from()), lower(e.to()), e.detail());
        }
    }
}
