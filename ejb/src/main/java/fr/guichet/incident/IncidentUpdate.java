package fr.guichet.incident;

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

/** One entry of an incident's timeline; internal ones are for the syndicate's staff only and never mailed. */
@Entity
@Table(name = "major_incident_update")
public class IncidentUpdate implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id")
    private Long incidentId;

    @Enumerated(EnumType.STRING)
    private UpdateKind kind;

    private String body;

    private boolean internal;

    private String author;

    @Column(name = "author_name")
    private String authorName;

    @Column(name = "posted_at")
    private Instant postedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private int recipients;

    protected IncidentUpdate() {
    }

    IncidentUpdate(long incidentId, UpdateKind kind, String body, boolean internal, String author, String authorName,
                   String decidedBy, Instant decidedAt, Instant now) {
        this.incidentId = incidentId;
        this.kind = kind;
        this.body = body;
        this.internal = internal;
        this.author = author;
        this.authorName = authorName;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.postedAt = now;
    }

    void mailedTo(int count) {
        recipients = count;
    }

    public Long getId() {
        return id;
    }

    public UpdateKind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public boolean isInternal() {
        return internal;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public int getRecipients() {
        return recipients;
    }
}
