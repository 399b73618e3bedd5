package fr.guichet.web.audit;

import fr.guichet.audit.AuditEntry;
import fr.guichet.audit.AuditFilter;
import fr.guichet.audit.AuditLog;
import fr.guichet.common.PageRequest;
import fr.guichet.web.api.PageDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import fr.guichet.web.api.QueryParams;

/** The audit log under {@code /api/v1/audit} (administrators and direction). */
@Path("/v1/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    private AuditLog audit;

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
