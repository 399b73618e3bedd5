package fr.guichet.ticket;

import fr.guichet.attachment.AttachedTo;
import fr.guichet.attachment.Attachment;
import fr.guichet.attachment.Attachments;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.NotFoundException;
import fr.guichet.security.AccessDeniedException;
import fr.guichet.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * The files of a ticket, for people who may see it ({@link TicketService#get}); storage and checks are
 * {@link Attachments}'. Attaching is a step of the ticket's history.
 */
@Stateless
public class TicketAttachments {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private TicketService tickets;

    @Inject
    private TicketWorkflow workflow;

    @Inject
    private Attachments attachments;

    public Attachment attach(long ticketId, String fileName, @NotNull byte[] content) {
        return store(tickets.get(ticketId), caller.required().userId(), fileName, content);
    }

    /** An attachment of an incoming mail, once the poller has checked the sender may see the ticket. */
    public Attachment attachFromMail(long ticketId, long senderId, String fileName, @NotNull byte[] content) {
        if (!caller.isPlatform()) {
            throw new AccessDeniedException();
        }
        Ticket ticket = em.find(Ticket.class, ticketId);
        if (ticket == null) {
            throw new NotFoundException(TicketService.ENTITY, ticketId);
        }
        return store(ticket, senderId, fileName, content);
    }

    public List<Attachment> list(long ticketId) {
        return attachments.list(of(tickets.get(ticketId)));
    }

    public Attachments.Download download(long ticketId, long attachmentId) {
        return attachments.download(of(tickets.get(ticketId)), attachmentId);
    }

    /** The owner key of a ticket the caller may already see. */
    static AttachedTo of(Ticket ticket) {
        return AttachedTo.ticket(ticket.getId(), ticket.getMemberId());
    }

    private Attachment store(Ticket ticket, long uploaderId, String fileName, byte[] content) {
        if (ticket.getStatus() == TicketStatus.CLOSED) {
            throw new BusinessRuleException("ticket.closed");
        }
        Attachment attachment = attachments.store(of(ticket), uploaderId, fileName, content);
        Instant now = attachment.getUploadedAt();
        ticket.touch(now);
        workflow.record(ticket, TicketEvent.Kind.ATTACHMENT, ticket.getStatus(), attachment.getFileName(), true, now);
        return attachment;
    }
}
