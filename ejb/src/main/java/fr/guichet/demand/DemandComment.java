package fr.guichet.demand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A message of a demand's public discussion. */
@Entity
@Table(name = "demand_comment")
public class DemandComment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "demand_id")
    private Long demandId;

    @Column(name = "author_id")
    private Long authorId;

    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    protected DemandComment() {
    }

    DemandComment(long demandId, long authorId, String body, Instant now) {
        this.demandId = demandId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = now;
    }

    void moveTo(long otherDemandId) {
        demandId = otherDemandId;
    }

    public Long getId() {
        return id;
    }

    public Long getDemandId() {
        return demandId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
