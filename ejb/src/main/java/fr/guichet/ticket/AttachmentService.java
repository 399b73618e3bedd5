package fr.guichet.ticket;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.NotFoundException;
import fr.guichet.common.Settings;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * Files attached to tickets: size limited ({@code guichet.attachments.max.bytes}), type checked on
 * content, and downloadable only by people who may see the ticket.
 */
@Stateless
public class AttachmentService {

    /** A downloaded file. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private TicketService tickets;

    @Inject
    private TicketWorkflow workflow;

    public TicketAttachment attach(long ticketId, String fileName, @NotNull byte[] content) {
        CallerIdentity who = caller.required();
        return store(tickets.get(ticketId), who.userId(), fileName, content);
    }

    /** An attachment of an incoming mail, once the poller has checked the sender may see the ticket. */
    public TicketAttachment attachFromMail(long ticketId, long senderId, String fileName, @NotNull byte[] content) {
        if (!caller.isPlatform()) {
            throw new fr.guichet.security.AccessDeniedException();
        }
        Ticket ticket = em.find(Ticket.class, ticketId);
        if (ticket == null) {
            throw new NotFoundException(TicketService.ENTITY, ticketId);
        }
        return store(ticket, senderId, fileName, content);
    }

    public List<TicketAttachment> list(long ticketId) {
        return listOf(em, tickets.get(ticketId));
    }

    /** The files of a ticket the caller may already see. */
    static List<TicketAttachment> listOf(EntityManager em, Ticket ticket) {
        return em.createQuery("SELECT a FROM TicketAttachment a WHERE a.ticketId = :id ORDER BY a.uploadedAt, a.id",
                TicketAttachment.class).setParameter("id", ticket.getId()).getResultList();
    }

    public Download download(long ticketId, long attachmentId) {
        Ticket ticket = tickets.get(ticketId);
        TicketAttachment attachment = em.find(TicketAttachment.class, attachmentId);
        if (attachment == null || !attachment.getTicketId().equals(ticket.getId())) {
            throw new NotFoundException("attachment", attachmentId);
        }
        AttachmentContent stored = em.find(AttachmentContent.class, attachmentId);
        return new Download(attachment.getFileName(), attachment.getContentType(), stored.content());
    }

    private TicketAttachment store(Ticket ticket, long uploaderId, String fileName, byte[] content) {
        if (ticket.getStatus() == TicketStatus.CLOSED) {
            throw new BusinessRuleException("ticket.closed");
        }
        AttachmentTypes.Vetted file = AttachmentTypes.vet(fileName, content, Settings.attachmentMaxBytes());
        String name = file.name();
        Instant now = Instant.now();
        TicketAttachment attachment = new TicketAttachment(ticket, name, file.contentType(), content.length, file.sha256(),
                uploaderId, now);
        em.persist(attachment);
        em.flush();
        em.persist(new AttachmentContent(attachment.getId(), content));
        ticket.touch(now);
        workflow.record(ticket, TicketEvent.Kind.ATTACHMENT, ticket.getStatus(), name, true, now);
        return attachment;
    }

}
