package fr.guichet.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One state change: who did what to which entity, and when. Append-only (the database refuses edits). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_login", nullable = false, updatable = false)
    private String actorLogin;

    @Column(name = "member_id", updatable = false)
    private Long memberId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private String entityId;

    @Column(nullable = false, updatable = false)
    private String summary;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actorLogin, Long memberId, String action, String entityType,
               String entityId, String summary) {
        this.occurredAt = occurredAt;
        this.actorLogin = actorLogin;
        this.memberId = memberId;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.summary = summary;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorLogin() {
        return actorLogin;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getSummary() {
        return summary;
    }
}
