package fr.guichet.ticket;

import fr.guichet.common.Utf8;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A message read from the helpdesk mailbox and what became of it. Its unique Message-ID is what makes
 * each message count once, even when the poller stops between processing a message and deleting it.
 * Quarantined messages keep their text so that an administrator can act on them. Every text is cut to
 * fit its column (VARCHAR lengths count characters, TEXT holds 65 535 bytes), so that recording a message
 * never fails on what the message holds.
 */
@Entity
@Table(name = "incoming_mail")
public class IncomingMail implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The body column is a TEXT: 65 535 bytes of UTF-8. */
    static final int MAX_BODY_BYTES = 65_535;

    /** What a message became. */
    public enum Outcome {
        TICKET, COMMENT, IGNORED, QUARANTINE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "from_address")
    private String fromAddress;

    private String subject;

    private String body;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    private QuarantineReason reason;

    @Column(name = "ticket_id")
    private Long ticketId;

    private String detail;

    protected IncomingMail() {
    }

    IncomingMail(MailMessage message, Outcome outcome, Long ticketId, String detail, Instant now) {
        this(message, outcome, null, ticketId, detail, now);
    }

    IncomingMail(MailMessage message, QuarantineReason reason, String detail, Instant now) {
        this(message, Outcome.QUARANTINE, reason, null, detail, now);
    }

    private IncomingMail(MailMessage message, Outcome outcome, QuarantineReason reason, Long ticketId, String detail,
                         Instant now) {
        this.messageId = message.messageId();
        this.receivedAt = now;
        this.fromAddress = characters(message.from(), 254);
        this.subject = characters(message.subject(), 500);
        this.body = outcome == Outcome.QUARANTINE ? Utf8.cut(message.text(), MAX_BODY_BYTES) : null;
        this.outcome = outcome;
        this.reason = reason;
        this.ticketId = ticketId;
        this.detail = characters(detail, 500);
    }

    /** At most {@code max} characters as the database counts them (code points), never half a pair. */
    static String characters(String text, int max) {
        return text == null || text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max));
    }

    public Long getId() {
        return id;
    }

    public String getMessageId() {
        return messageId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getFromAddress() {
        return fromAddress;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    /** Why it was quarantined; null for other outcomes. */
    public QuarantineReason getReason() {
        return reason;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getDetail() {
        return detail;
    }
}
