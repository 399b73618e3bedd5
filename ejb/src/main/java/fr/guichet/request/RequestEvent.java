package fr.guichet.request;

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

/** One line of a request's timeline: a transition, with the comment given with it. */
@Entity
@Table(name = "request_event")
public class RequestEvent implements MemberOwned, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "actor_login")
    private String actorLogin;

    @Enumerated(EnumType.STRING)
    private RequestAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private RequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private RequestStatus toStatus;

    private String comment;

    /** Whether the commune may read the comment: an assignment note stays with the syndicate. */
    @Column(name = "comment_public")
    private boolean commentPublic;

    protected RequestEvent() {
    }

    RequestEvent(ServiceRequest request, String actorLogin, RequestAction action, RequestStatus from, String comment,
                 boolean commentPublic, Instant now) {
        this.requestId = request.getId();
        this.memberId = request.getMemberId();
        this.occurredAt = now;
        this.actorLogin = actorLogin;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = request.getStatus();
        this.comment = comment;
        this.commentPublic = commentPublic;
    }

    public boolean isCommentPublic() {
        return commentPublic;
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

    public RequestAction getAction() {
        return action;
    }

    public RequestStatus getFromStatus() {
        return fromStatus;
    }

    public RequestStatus getToStatus() {
        return toStatus;
    }

    public String getComment() {
        return comment;
    }
}
