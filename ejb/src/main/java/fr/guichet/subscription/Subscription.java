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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A member's use of a service: since when, how much (in the service's usage unit) and in which state. */
@Entity
@Table(name = "subscription")
public class Subscription implements MemberOwned, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "service_id")
    private Long serviceId;

    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    private SubscriptionStatus status;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Version
    private int version;

    protected Subscription() {
    }

    Subscription(long memberId, long serviceId, BigDecimal quantity, LocalDate start) {
        this.memberId = memberId;
        this.serviceId = serviceId;
        this.quantity = quantity;
        this.status = SubscriptionStatus.ACTIVE;
        this.startDate = start;
    }

    /** A delivery adds units and (re)activates the subscription. */
    void addDelivered(BigDecimal units, LocalDate today) {
        if (status != SubscriptionStatus.ACTIVE) {
            status = SubscriptionStatus.ACTIVE;
            startDate = today;
            endDate = null;
        }
        quantity = quantity.add(units);
    }

    /** Staff adjust the quantity or the state; ending a subscription dates its end. */
    void change(BigDecimal newQuantity, SubscriptionStatus newStatus, LocalDate today) {
        quantity = newQuantity;
        if (newStatus == SubscriptionStatus.ENDED && status != SubscriptionStatus.ENDED) {
            endDate = today;
        } else if (newStatus != SubscriptionStatus.ENDED) {
            endDate = null;
        }
        status = newStatus;
    }

    @Override
    public Long owningMemberId() {
        return memberId;
    }

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public SubscriptionStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }
}
