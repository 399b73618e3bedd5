package fr.guichet.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A mail written in the same transaction as the change it reports, delivered later by the sender. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int MAX_ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The Message-ID header: stable across retries so that receivers can drop a duplicate. */
    @Column(name = "message_id", nullable = false, updatable = false)
    private String messageId;

    @Column(nullable = false, updatable = false)
    private String recipient;

    /** Where replies go (a ticket's reply address); null: to the sender. */
    @Column(name = "reply_to", updatable = false)
    private String replyTo;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxStatus status = OutboxStatus.PENDING;

    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private int version;

    protected OutboxMessage() {
    }

    public OutboxMessage(String recipient, String subject, String body, Instant now) {
        this(recipient, null, subject, body, now);
    }

    public OutboxMessage(String recipient, String replyTo, String subject, String body, Instant now) {
        this.messageId = "<" + UUID.randomUUID() + "@guichet>";
        this.recipient = recipient;
        this.replyTo = replyTo;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void markSent(Instant now) {
        attempts++;
        status = OutboxStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    public void recordFailure(String error, Instant now, RetryBackoff backoff) {
        attempts++;
        lastError = error == null ? "?" : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
        if (backoff.givesUpAfter(attempts)) {
            status = OutboxStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(backoff.delayAfter(attempts));
        }
    }

    public Long getId() {
        return id;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
