package fr.guichet.web.audit;

import fr.guichet.audit.AuditEntry;
import fr.guichet.audit.AuditFilter;
import fr.guichet.audit.AuditLog;
import fr.guichet.common.PageRequest;
import fr.guichet.web.api.PageDto;
import fr.guichet.web.api.QueryParams;
import fr.guichet.web.export.Downloads;
import fr.guichet.web.export.ListExport;
import fr.guichet.web.report.TableExport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Locale;

/** The audit log under {@code /api/v1/audit} (administrators and direction). */
@Path("/v1/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    private ListExport exports;

    @Inject
    private AuditLog audit;

    /** The same entries as a CSV or ODS file, all of them (not a page), streamed. */
    @GET
    @Path("export")
    @Produces({TableExport.CSV_TYPE, TableExport.ODS_TYPE, MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("format") String format, @QueryParam("actor") String actor,
                           @QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                           @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditFilter filter = new AuditFilter(actor, entityType, entityId, action, QueryParams.instant("from", from),
                QueryParams.instant("to", to));
        // Read a first row here: a refusal (role, scope) answers as a problem, before the file starts.
        audit.search(filter, new PageRequest(0, 1));
        return Downloads.fromApi("journal-audit", Downloads.format(format), out -> exports.audit(filter, out, Locale.FRENCH));
    }

    @GET
    public PageDto<AuditDto> search(@QueryParam("actor") String actor, @QueryParam("entityType") String entityType,
                                    @QueryParam("entityId") String entityId, @QueryParam("action") String action,
                                    @QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("50") int size) {
        AuditFilter filter = new AuditFilter(actor, entityType, entityId, action, QueryParams.instant("from", from),
                QueryParams.instant("to", to));
        return PageDto.of(audit.search(filter, new PageRequest(page, size)), AuditDto::of);
    }

    public record AuditDto(long id, Instant occurredAt, String actor, Long memberId, String action, String entityType,
                           String entityId, String summary) {

        static AuditDto of(AuditEntry e) {
            return new AuditDto(e.getId(), e.getOccurredAt(), e.getActorLogin(), e.getMemberId(), e.getAction(),
                    e.getEntityType(), e.getEntityId(), e.getSummary());
        }
    }
}
