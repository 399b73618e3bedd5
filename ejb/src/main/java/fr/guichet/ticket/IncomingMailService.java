package fr.guichet.ticket;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.Page;
import fr.guichet.common.PageRequest;
import fr.guichet.common.Settings;
import fr.guichet.identity.UserAccount;
import fr.guichet.security.Caller;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one incoming message into a ticket or a comment, in a transaction of its own that also records
 * the message's Message-ID: a message already recorded is never processed again. Mail from unknown
 * senders goes to quarantine, automatic replies are ignored.
 */
@Stateless
public class IncomingMailService {

    static final int MAX_SUBJECT = 200;
    static final int MAX_TEXT = 20000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private TicketService tickets;

    @Inject
    private AttachmentService attachments;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public IncomingMail.Outcome process(MailMessage message) {
        if (!caller.isPlatform()) {
            throw new fr.guichet.security.AccessDeniedException();
        }
        if (alreadyProcessed(message.messageId())) {
            return null;
        }
        Instant now = Instant.now();
        if (IncomingMailRules.isAutomatic(message.headers())) {
            return record(message, IncomingMail.Outcome.IGNORED, null, "réponse automatique", now);
        }
        Optional<UserAccount> sender = activeUserByEmail(message.from());
        if (sender.isEmpty()) {
            return record(message, IncomingMail.Outcome.QUARANTINE, null, "expéditeur inconnu", now);
        }
        UserAccount user = sender.get();
        String text = IncomingMailRules.withoutQuotedHistory(message.text());
        Optional<String> reference = TicketReference.findIn(message.subject());
        if (reference.isPresent()) {
            Optional<Long> ticketId = visibleTicket(reference.get(), user);
            if (ticketId.isEmpty()) {
                return record(message, IncomingMail.Outcome.QUARANTINE, null, "ticket " + reference.get()
                        + " inconnu, clos ou invisible pour l'expéditeur", now);
            }
            tickets.commentFromMail(ticketId.get(), user.getId(), cut(text.isBlank() ? "(message sans texte)" : text, MAX_TEXT));
            String refused = attach(ticketId.get(), user.getId(), message.attachments());
            return record(message, IncomingMail.Outcome.COMMENT, ticketId.get(), refused, now);
        }
        if (user.getMember() == null) {
            return record(message, IncomingMail.Outcome.QUARANTINE, null, "message du syndicat sans référence de ticket", now);
        }
        String subject = message.subject().isBlank() ? "(sans objet)" : cut(message.subject(), MAX_SUBJECT);
        Ticket ticket = tickets.openFromMail(user.getId(), new NewTicket(subject,
                cut(text.isBlank() ? "(message sans texte)" : text, MAX_TEXT), TicketType.INCIDENT, null,
                Impact.USER, Urgency.MEDIUM));
        String refused = attach(ticket.getId(), user.getId(), message.attachments());
        return record(message, IncomingMail.Outcome.TICKET, ticket.getId(), refused, now);
    }

    /** Messages an administrator should look at (unknown senders, unmatched references), newest first. */
    public Page<IncomingMail> quarantine(PageRequest page) {
        caller.requireAnyRole(Role.ADMIN);
        List<IncomingMail> items = em.createQuery("SELECT m FROM IncomingMail m WHERE m.outcome = :outcome"
                        + " ORDER BY m.receivedAt DESC, m.id DESC", IncomingMail.class)
                .setParameter("outcome", IncomingMail.Outcome.QUARANTINE)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(m) FROM IncomingMail m WHERE m.outcome = :outcome", Long.class)
                .setParameter("outcome", IncomingMail.Outcome.QUARANTINE).getSingleResult();
        return new Page<>(items, total, page.page(), page.size());
    }

    /** A message that could not be processed is kept for the administrators instead of being retried forever. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void quarantineUnprocessable(MailMessage message, String reason) {
        if (!alreadyProcessed(message.messageId())) {
            record(message, IncomingMail.Outcome.QUARANTINE, null, "non traité : " + reason, Instant.now());
        }
    }

    public boolean alreadyProcessed(String messageId) {
        return em.createQuery("SELECT COUNT(m) FROM IncomingMail m WHERE m.messageId = :id", Long.class)
                .setParameter("id", messageId).getSingleResult() > 0;
    }

    /** Keeps the attachments that pass the limits; names the others in the detail. */
    private String attach(long ticketId, long senderId, List<MailMessage.Part> parts) {
        List<String> refused = new ArrayList<>();
        for (MailMessage.Part part : parts) {
            String name = AttachmentTypes.safeName(part.fileName());
            try {
                AttachmentTypes.vet(name, part.content(), Settings.attachmentMaxBytes());
            } catch (BusinessRuleException notAccepted) {
                refused.add(name);
                continue;
            }
            attachments.attachFromMail(ticketId, senderId, name, part.content());
        }
        return refused.isEmpty() ? null : "pièces jointes refusées : " + String.join(", ", refused);
    }

    private IncomingMail.Outcome record(MailMessage message, IncomingMail.Outcome outcome, Long ticketId, String detail,
                                        Instant now) {
        em.persist(new IncomingMail(message, outcome, ticketId, detail, now));
        return outcome;
    }

    private Optional<UserAccount> activeUserByEmail(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        // The column's collation compares case-insensitively, on its index.
        List<UserAccount> found = em.createQuery("SELECT u FROM UserAccount u WHERE u.email = :email AND u.active = TRUE",
                UserAccount.class).setParameter("email", address.strip()).getResultList();
        // An address shared by several accounts cannot say who writes.
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private Optional<Long> visibleTicket(String reference, UserAccount user) {
        List<Ticket> found = em.createQuery("SELECT t FROM Ticket t WHERE t.reference = :reference", Ticket.class)
                .setParameter("reference", reference).getResultList();
        return found.stream().filter(t -> t.getStatus() != TicketStatus.CLOSED && TicketService.visibleTo(user.identity(), t))
                .map(Ticket::getId).findFirst();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
