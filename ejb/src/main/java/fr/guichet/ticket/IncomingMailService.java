package fr.guichet.ticket;

import fr.guichet.attachment.AttachmentTypes;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.Page;
import fr.guichet.common.PageRequest;
import fr.guichet.common.Settings;
import fr.guichet.common.SqlValues;
import fr.guichet.common.StoredTexts;
import fr.guichet.identity.UserAccount;
import fr.guichet.security.Caller;
import fr.guichet.security.Role;
import fr.guichet.sla.Impact;
import fr.guichet.sla.TicketType;
import fr.guichet.sla.Urgency;
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
 * the message's Message-ID: a message already recorded is never processed again. A comment needs the
 * ticket's reply address with a valid token (a reference in the subject can be guessed, a token cannot),
 * and, when {@code guichet.mail.in.require.auth} is on, the receiving server's DMARC, DKIM or SPF pass for
 * the From address. Mail from syndicate addresses, unknown senders and anything that fails a check goes to
 * quarantine with its reason; automatic replies are ignored.
 */
@Stateless
public class IncomingMailService {

    static final int MAX_SUBJECT = 200;
    static final int MAX_TEXT = 20000;
    /** A message that fails this often is set aside, so that the poller always moves on. */
    static final int SET_ASIDE_AFTER = 2;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private TicketService tickets;

    @Inject
    private TicketAttachments attachments;

    @Inject
    private ReplyAddresses replies;

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
            return record(message, IncomingMail.Outcome.IGNORED, null, StoredTexts.get("stored.mail.in.autoReply"), now);
        }
        Optional<UserAccount> sender = activeUserByEmail(message.from());
        if (sender.isEmpty()) {
            return quarantine(message, QuarantineReason.UNKNOWN_SENDER, referenceHint(message), now);
        }
        UserAccount user = sender.get();
        // A From header proves nothing: a staff address must never speak to a commune by mail alone.
        if (user.identity().isStaff()) {
            return quarantine(message, QuarantineReason.STAFF_SENDER, referenceHint(message), now);
        }
        if (Settings.mailInRequireAuthentication() && !AuthenticationResults.authenticates(message.authenticationResults(),
                Settings.mailInAuthservId(), message.from())) {
            return quarantine(message, QuarantineReason.NOT_AUTHENTICATED, message.authenticationResults().isEmpty()
                    ? StoredTexts.get("stored.mail.in.noAuthenticationResults") : String.join(" | ", message.authenticationResults()), now);
        }
        String text = IncomingMailRules.withoutQuotedHistory(message.text());
        ReplyAddress.Link link = replies.linkOf(message.recipients());
        switch (link.kind()) {
            case INVALID -> {
                return quarantine(message, QuarantineReason.INVALID_TOKEN, referenceHint(message), now);
            }
            case VALID -> {
                return comment(message, user, link.ticketId(), text, now);
            }
            case NONE -> {
                if (TicketReference.findIn(message.subject()).isPresent()) {
                    return quarantine(message, QuarantineReason.NO_TOKEN, referenceHint(message), now);
                }
            }
        }
        String subject = message.subject().isBlank() ? StoredTexts.get("stored.mail.in.noSubject") : cut(message.subject(), MAX_SUBJECT);
        Ticket ticket = tickets.openFromMail(user.getId(), new NewTicket(subject,
                cut(text.isBlank() ? StoredTexts.get("stored.mail.in.noText") : text, MAX_TEXT), TicketType.INCIDENT, null,
                Impact.USER, Urgency.MEDIUM));
        String refused = attach(ticket.getId(), user.getId(), message.attachments());
        return record(message, IncomingMail.Outcome.TICKET, ticket.getId(), refused, now);
    }

    private IncomingMail.Outcome comment(MailMessage message, UserAccount user, long ticketId, String text, Instant now) {
        Ticket ticket = em.find(Ticket.class, ticketId);
        if (ticket == null || ticket.getStatus() == TicketStatus.CLOSED || !TicketService.visibleTo(user.identity(), ticket)) {
            return quarantine(message, QuarantineReason.TICKET_NOT_VISIBLE,
                    ticket == null ? StoredTexts.get("stored.mail.in.ticketNumber", ticketId)
                            : StoredTexts.get("stored.mail.in.ticket", ticket.getReference()), now);
        }
        String body = text.isBlank() ? StoredTexts.get("stored.mail.in.noText") : text;
        tickets.commentFromMail(ticketId, user.getId(), cut(body, MAX_TEXT));
        String refused = attach(ticketId, user.getId(), message.attachments());
        return record(message, IncomingMail.Outcome.COMMENT, ticketId, refused, now);
    }

    /** Messages an administrator should look at (unknown senders, failed checks, set aside), newest first. */
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

    /**
     * Counts a failure to read or process a message (the same message fails on every node and every poll).
     * Returns true when the message now has an outcome and may leave the mailbox: recorded already, or set
     * aside in quarantine at its {@value #SET_ASIDE_AFTER}th failure, kept for the administrators.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean failed(MailMessage message, QuarantineReason reason, Exception failure) {
        if (alreadyProcessed(message.messageId())) {
            return true;
        }
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String error = IncomingMail.characters(cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " : " + cause.getMessage()), 500);
        Instant now = Instant.now();
        em.createNativeQuery("INSERT INTO incoming_mail_failure (message_id, attempts, last_error, last_failed_at)"
                        + " VALUES (?, 1, ?, ?) ON DUPLICATE KEY UPDATE attempts = attempts + 1,"
                        + " last_error = VALUES(last_error), last_failed_at = VALUES(last_failed_at)")
                .setParameter(1, message.messageId()).setParameter(2, error).setParameter(3, SqlValues.timestamp(now))
                .executeUpdate();
        Number attempts = (Number) em.createNativeQuery("SELECT attempts FROM incoming_mail_failure WHERE message_id = ?")
                .setParameter(1, message.messageId()).getSingleResult();
        if (attempts.intValue() < SET_ASIDE_AFTER) {
            return false;
        }
        quarantine(message, reason, StoredTexts.get("stored.mail.in.failures", attempts, error), now);
        return true;
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
        return refused.isEmpty() ? null : StoredTexts.get("stored.mail.in.refusedFiles", String.join(", ", refused));
    }

    private IncomingMail.Outcome record(MailMessage message, IncomingMail.Outcome outcome, Long ticketId, String detail,
                                        Instant now) {
        em.persist(new IncomingMail(message, outcome, ticketId, detail, now));
        return outcome;
    }

    private IncomingMail.Outcome quarantine(MailMessage message, QuarantineReason reason, String detail, Instant now) {
        em.persist(new IncomingMail(message, reason, detail, now));
        return IncomingMail.Outcome.QUARANTINE;
    }

    /** A reference in the subject proves nothing, but tells the administrator which ticket the sender meant. */
    private static String referenceHint(MailMessage message) {
        return TicketReference.findIn(message.subject())
                .map(reference -> StoredTexts.get("stored.mail.in.citedReference", reference)).orElse(null);
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

    /** At most {@code max} UTF-16 units (what the length checks count), never half a surrogate pair. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }
}
