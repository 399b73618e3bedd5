package fr.guichet.subscription;

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
import java.math.BigDecimal;
import java.time.Instant;

/** One change of a subscription (quantity or state), for its history. */
@Entity
@Table(name = "subscription_event")
public class SubscriptionEvent implements MemberOwned, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subscription_id")
    private Long subscriptionId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "actor_login")
    private String actorLogin;

    @Column(name = "quantity_before")
    private BigDecimal quantityBefore;

    @Column(name = "quantity_after")
    private BigDecimal quantityAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before")
    private SubscriptionStatus statusBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after")
    private SubscriptionStatus statusAfter;

    private String note;

    protected SubscriptionEvent() {
    }

    SubscriptionEvent(Subscription subscription, BigDecimal quantityBefore, SubscriptionStatus statusBefore,
                      String actorLogin, String note, Instant now) {
        this.subscriptionId = subscription.getId();
        this.memberId = subscription.getMemberId();
        this.occurredAt = now;
        this.actorLogin = actorLogin;
        this.quantityBefore = quantityBefore;
        this.quantityAfter = subscription.getQuantity();
        this.statusBefore = statusBefore;
        this.statusAfter = subscription.getStatus();
        this.note = note;
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

    public BigDecimal getQuantityBefore() {
        return quantityBefore;
    }

    public BigDecimal getQuantityAfter() {
        return quantityAfter;
    }

    public SubscriptionStatus getStatusBefore() {
        return statusBefore;
    }

    public SubscriptionStatus getStatusAfter() {
        return statusAfter;
    }

    public String getNote() {
        return note;
    }
}
