package fr.guichet.web.ticket;

import fr.guichet.common.PageRequest;
import fr.guichet.ticket.IncomingMail;
import fr.guichet.ticket.IncomingMailService;
import fr.guichet.ticket.QuarantineReason;
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

/** {@code GET /api/v1/mail/quarantine}: incoming mail that became neither a ticket nor a comment (administrators). */
@Path("/v1/mail/quarantine")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IncomingMailResource {

    @Inject
    private IncomingMailService incoming;

    @GET
    public PageDto<QuarantinedDto> quarantine(@QueryParam("page") @DefaultValue("0") int page,
                                             @QueryParam("size") @DefaultValue("20") int size) {
        return PageDto.of(incoming.quarantine(new PageRequest(page, size)), QuarantinedDto::of);
    }

    public record QuarantinedDto(long id, String messageId, Instant receivedAt, String fromAddress, String subject,
                                 String body, QuarantineReason reason, String detail) {
        static QuarantinedDto of(IncomingMail m) {
            return new QuarantinedDto(m.getId(), m.getMessageId(), m.getReceivedAt(), m.getFromAddress(), m.getSubject(),
                    m.getBody(), m.getReason(), m.getDetail());
        }
    }
}
