package fr.guichet.kb;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A knowledge-base article. The body is plain text (shown escaped, line breaks kept). */
@Entity
@Table(name = "kb_article")
public class Article implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    private String body;

    private String tags;

    @Column(name = "public_article")
    private boolean publicArticle;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "last_reviewed_on")
    private LocalDate lastReviewedOn;

    @Column(name = "source_ticket_id")
    private Long sourceTicketId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kb_article_service", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "service_id")
    private Set<Long> serviceIds = new HashSet<>();

    @Version
    private int version;

    protected Article() {
    }

    Article(ArticleDraft draft, long authorId, Long sourceTicketId, Instant now) {
        this.authorId = authorId;
        this.sourceTicketId = sourceTicketId;
        this.createdAt = now;
        update(draft, now);
    }

    void update(ArticleDraft draft, Instant now) {
        this.title = draft.title().strip();
        this.body = draft.body().strip();
        this.tags = draft.tags() == null ? "" : draft.tags().strip();
        this.publicArticle = draft.publicArticle();
        this.serviceIds = new HashSet<>(draft.serviceIds() == null ? Set.of() : draft.serviceIds());
        this.lastReviewedOn = now.atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate();
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getTags() {
        return tags;
    }

    public boolean isPublicArticle() {
        return publicArticle;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public LocalDate getLastReviewedOn() {
        return lastReviewedOn;
    }

    public Long getSourceTicketId() {
        return sourceTicketId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<Long> getServiceIds() {
        return Set.copyOf(serviceIds);
    }

    public int getVersion() {
        return version;
    }
}
