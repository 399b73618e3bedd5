package fr.guichet.web.notification;

import fr.guichet.common.PageRequest;
import fr.guichet.notification.DigestSender;
import fr.guichet.notification.MailOutbox;
import fr.guichet.notification.OutboxMessage;
import fr.guichet.notification.OutboxStatus;
import fr.guichet.web.api.PageDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/** The mail outbox under {@code /api/v1/outbox} (administrators): what was sent, what waits, why. */
@Path("/v1/outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    @Inject
    private MailOutbox outbox;

    @Inject
    private DigestSender digests;

    /** Sends now the daily digests whose hour has come, rather than at the timer's next pass. */
    @POST
    @Path("digests")
    public DigestRunDto sendDigests() {
        return new DigestRunDto(digests.sendDue(Instant.now()));
    }

    public record DigestRunDto(int sent) {
    }

    @GET
    public PageDto<OutboxDto> search(@QueryParam("recipient") String recipient, @QueryParam("status") OutboxStatus status,
                                     @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(outbox.search(recipient, status, new PageRequest(page, size)), OutboxDto::of);
    }

    public record OutboxDto(long id, String messageId, String recipient, String replyTo, String subject, OutboxStatus status,
                            int attempts, Instant createdAt, Instant sentAt, Instant nextAttemptAt, String lastError) {

        static OutboxDto of(OutboxMessage m) {
            return new OutboxDto(m.getId(), m.getMessageId(), m.getRecipient(), m.getReplyTo(), m.getSubject(), m.getStatus(),
                    m.getAttempts(), m.getCreatedAt(), m.getSentAt(), m.getNextAttemptAt(), m.getLastError());
        }
    }
}
