package fr.guichet.web.cmdb;

import static fr.guichet.web.api.ApiEnums.lower;

import fr.guichet.cmdb.ConfigurationItem;
import fr.guichet.cmdb.ConfigurationItems;
import fr.guichet.cmdb.ImportPreview;
import fr.guichet.cmdb.ImportSummary;
import fr.guichet.cmdb.ItemDraft;
import fr.guichet.cmdb.ItemFilter;
import fr.guichet.cmdb.ItemKind;
import fr.guichet.cmdb.ItemState;
import fr.guichet.cmdb.ItemSummary;
import fr.guichet.common.PageRequest;
import fr.guichet.ticket.RelatedTicket;
import fr.guichet.ticket.TicketDetails;
import fr.guichet.web.api.PageDto;
import fr.guichet.web.api.QueryParams;
import fr.guichet.web.i18n.Texts;
import fr.guichet.web.shell.Files;
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
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Configuration items under {@code /api/v1/configuration-items}: a commune user reads their member's, staff every
 * member's; technicians, managers and administrators create, change and import them (CSV, {@code dryRun=true}
 * checks the file and keeps nothing).
 */
@Path("/v1/configuration-items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConfigurationItemResource {

    /** Tickets shown on an item: the newest. */
    static final int TICKETS = 50;

    @Inject
    private ConfigurationItems items;

    @Inject
    private TicketDetails tickets;

    @GET
    public PageDto<SummaryDto> list(@QueryParam("memberId") Long memberId, @QueryParam("serviceId") Long serviceId,
                                    @QueryParam("kind") String kind, @QueryParam("state") String state,
                                    @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        ItemFilter filter = new ItemFilter(memberId, serviceId, QueryParams.enumValue("kind", ItemKind.class, kind),
                QueryParams.enumValue("state", ItemState.class, state));
        return PageDto.of(items.page(filter, new PageRequest(page, size)), SummaryDto::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ItemBody body, @Context UriInfo uri) {
        items.requireKeeper();
        ConfigurationItem created = items.create(body == null ? null : body.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(DetailDto.of(created, List.of())).build();
    }

    @GET
    @Path("{id}")
    public DetailDto get(@PathParam("id") long id) {
        ConfigurationItem item = items.get(id);
        return DetailDto.of(item, tickets.namingItem(id, TICKETS));
    }

    /** The whole item; {@code version} is the one read, so that a change made meanwhile is not overwritten. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DetailDto update(@PathParam("id") long id, ItemBody body) {
        items.requireKeeper();
        ConfigurationItem item = items.update(id, body == null || body.version() == null ? -1 : body.version(),
                body == null ? null : body.draft());
        return DetailDto.of(item, tickets.namingItem(id, TICKETS));
    }

    /** The file's bytes as the body (CSV, UTF-8 or Windows-1252), its name as {@code ?name=}. */
    @POST
    @Path("imports")
    @Consumes(MediaType.WILDCARD)
    public Response importFile(@QueryParam("name") String name, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                               InputStream body) throws IOException {
        byte[] content = Files.read(body);
        if (dryRun) {
            ImportPreview preview = items.preview(content);
            return Response.ok(new PreviewDto(preview.summary().lines(), preview.summary().created(), preview.summary().updated(),
                    preview.problems().stream().map(p -> new ProblemDto(p.line(),
                            Texts.get(Locale.FRENCH, p.messageKey(), p.arguments().toArray()))).toList())).build();
        }
        ImportSummary done = items.importFile(name, content);
        return Response.ok(new PreviewDto(done.lines(), done.created(), done.updated(), List.of())).build();
    }

    public record ItemBody(Long memberId, Long serviceId, String kind, String name, String state, Map<String, String> attributes,
                           Integer version) {

        ItemDraft draft() {
            return new ItemDraft(memberId, serviceId, QueryParams.enumValue("kind", ItemKind.class, kind), name,
                    QueryParams.enumValue("state", ItemState.class, state), attributes);
        }
    }

    public record SummaryDto(long id, long memberId, Long serviceId, String kind, String name, String state) {

        static SummaryDto of(ItemSummary i) {
            return new SummaryDto(i.id(), i.memberId(), i.serviceId(), lower(i.kind()), i.name(), lower(i.state()));
        }
    }

    public record TicketDto(long id, String reference, String subject, String status) {

        static TicketDto of(RelatedTicket t) {
            return new TicketDto(t.id(), t.reference(), t.subject(), lower(t.status()));
        }
    }

    public record DetailDto(long id, long memberId, Long serviceId, Long subscriptionId, String kind, String name, String state,
                            Map<String, String> attributes, Instant updatedAt, int version, List<TicketDto> tickets) {

        static DetailDto of(ConfigurationItem i, List<RelatedTicket> tickets) {
            return new DetailDto(i.getId(), i.getMemberId(), i.getServiceId(), i.getSubscriptionId(), lower(i.getKind()), i.getName(),
                    lower(i.getState()), i.getAttributes(), i.getUpdatedAt(), i.getVersion(), tickets.stream().map(TicketDto::of).toList());
        }
    }

    public record ProblemDto(long line, String message) {
    }

    public record PreviewDto(long lines, int created, int updated, List<ProblemDto> problems) {
    }
}
