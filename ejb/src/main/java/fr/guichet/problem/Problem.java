package fr.guichet.problem;

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
import java.time.ZoneId;

/** A problem: the syndicate's own record, read by its staff only, so it has no owning member. */
@Entity
@Table(name = "problem")
public class Problem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    private String title;

    @Enumerated(EnumType.STRING)
    private ProblemStatus status;

    @Column(name = "service_id")
    private Long serviceId;

    private String analysis;

    private String workaround;

    @Column(name = "root_cause")
    private String rootCause;

    @Column(name = "workaround_article_id")
    private Long workaroundArticleId;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closure_note")
    private String closureNote;

    private int notified;

    @Version
    private int version;

    protected Problem() {
    }

    Problem(ProblemDraft draft, String createdBy, Instant now) {
        change(draft);
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = ProblemStatus.OPEN;
    }

    /** PRB-2026-0003: the year it was opened (Paris time) and its number. */
    void assignReference() {
        reference = String.format("PRB-%d-%04d", createdAt.atZone(ZoneId.of("Europe/Paris")).getYear(), id);
    }

    final void change(ProblemDraft draft) {
        title = draft.title();
        serviceId = draft.serviceId();
        analysis = draft.analysis();
        workaround = draft.workaround();
        rootCause = draft.rootCause();
    }

    void workaroundPublished(long articleId) {
        workaroundArticleId = articleId;
        if (status == ProblemStatus.OPEN) {
            status = ProblemStatus.KNOWN_ERROR;
        }
    }

    void close(String note, int notifiedRequesters, Instant now) {
        status = ProblemStatus.CLOSED;
        closureNote = note;
        notified = notifiedRequesters;
        closedAt = now;
    }

    public boolean isClosed() {
        return status == ProblemStatus.CLOSED;
    }

    public ProblemDraft draft() {
        return new ProblemDraft(title, serviceId, analysis, workaround, rootCause);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public ProblemStatus getStatus() {
        return status;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public String getAnalysis() {
        return analysis;
    }

    public String getWorkaround() {
        return workaround;
    }

    public String getRootCause() {
        return rootCause;
    }

    public Long getWorkaroundArticleId() {
        return workaroundArticleId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosureNote() {
        return closureNote;
    }

    public int getNotified() {
        return notified;
    }

    public int getVersion() {
        return version;
    }
}
