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

/** One line of a ticket's history: a transition, an assignment, an SLA warning or breach. */
@Entity
@Table(name = "ticket_event")
public class TicketEvent implements MemberOwned, Serializable {

    private static final long serialVersionUID = 1L;

    /** What happened, beyond the state machine's actions. */
    public enum Kind {
        CREATED, ASSIGN, START, WAIT_FOR_REQUESTER, REQUESTER_REPLIED, RESOLVE, REOPEN, CLOSE, RATED,
        SLA_WARNING, SLA_BREACH, ATTACHMENT, WATCH, RECLASSIFY, MERGE, LINK, ANSWERED_BY_RULE, REMINDER, ESCALATION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "actor_login")
    private String actorLogin;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private TicketStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private TicketStatus toStatus;

    private String detail;

    /** Whether the commune may read the detail: staff text is internal unless it is an answer to the requester. */
    @Column(name = "detail_public")
    private boolean detailPublic;

    protected TicketEvent() {
    }

    TicketEvent(Ticket ticket, String actorLogin, Kind kind, TicketStatus from, String detail, boolean detailPublic,
                Instant now) {
        this.ticketId = ticket.getId();
        this.memberId = ticket.getMemberId();
        this.occurredAt = now;
        this.actorLogin = actorLogin;
        this.kind = kind;
        this.fromStatus = from;
        this.toStatus = ticket.getStatus();
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…";
        this.detailPublic = detailPublic;
    }

    static Kind of(TicketAction action) {
        return Kind.valueOf(action.name());
    }

    @Override
    public Long owningMemberId() {
        return memberId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorLogin() {
        return actorLogin;
    }

    public Kind getKind() {
        return kind;
    }

    public TicketStatus getFromStatus() {
        return fromStatus;
    }

    public TicketStatus getToStatus() {
        return toStatus;
    }

    public String getDetail() {
        return detail;
    }

    public boolean isDetailPublic() {
        return detailPublic;
    }
}
