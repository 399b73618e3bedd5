package fr.guichet.ticket;

import fr.guichet.security.MemberOwned;
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

/** A public comment, or an internal note that commune users never see. */
@Entity
@Table(name = "ticket_comment")
public class TicketComment implements MemberOwned, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "author_id")
    private Long authorId;

    private String body;

    private boolean internal;

    @Enumerated(EnumType.STRING)
    private Channel via;

    @Column(name = "created_at")
    private Instant createdAt;

    protected TicketComment() {
    }

    TicketComment(Ticket ticket, long authorId, String body, boolean internal, Channel via, Instant now) {
        this.ticketId = ticket.getId();
        this.memberId = ticket.getMemberId();
        this.authorId = authorId;
        this.body = body;
        this.internal = internal;
        this.via = via;
        this.createdAt = now;
    }

    @Override
    public Long owningMemberId() {
        return memberId;
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public boolean isInternal() {
        return internal;
    }

    public Channel getVia() {
        return via;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
