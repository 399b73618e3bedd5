package fr.guichet.ticket;

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
 * Quarantined messages keep their text so that an administrator can act on them.
 */
@Entity
@Table(name = "incoming_mail")
public class IncomingMail implements Serializable {

    private static final long serialVersionUID = 1L;

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

    @Column(name = "ticket_id")
    private Long ticketId;

    private String detail;

    protected IncomingMail() {
    }

    IncomingMail(MailMessage message, Outcome outcome, Long ticketId, String detail, Instant now) {
        this.messageId = message.messageId();
        this.receivedAt = now;
        this.fromAddress = cut(message.from(), 254);
        this.subject = cut(message.subject(), 500);
        this.body = outcome == Outcome.QUARANTINE ? cut(message.text(), 60000) : null;
        this.outcome = outcome;
        this.ticketId = ticketId;
        this.detail = cut(detail, 500);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
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

    public Long getTicketId() {
        return ticketId;
    }

    public String getDetail() {
        return detail;
    }
}
