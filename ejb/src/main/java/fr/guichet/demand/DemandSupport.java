package fr.guichet.demand;

import fr.guichet.security.SharedAcrossMembers;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A member's co-signature of a demand ("nous aussi"), public like the demand. */
@Entity
@Table(name = "demand_support")
@SharedAcrossMembers
public class DemandSupport implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "demand_id")
    private Long demandId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "signed_by")
    private Long signedBy;

    private String comment;

    @Column(name = "expected_users")
    private Integer expectedUsers;

    @Column(name = "signed_at")
    private Instant signedAt;

    protected DemandSupport() {
    }

    DemandSupport(long demandId, long memberId, long signedBy, String comment, Integer expectedUsers, Instant now) {
        this.demandId = demandId;
        this.memberId = memberId;
        this.signedBy = signedBy;
        this.comment = comment;
        this.expectedUsers = expectedUsers;
        this.signedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getDemandId() {
        return demandId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getSignedBy() {
        return signedBy;
    }

    public String getComment() {
        return comment;
    }

    public Integer getExpectedUsers() {
        return expectedUsers;
    }

    public Instant getSignedAt() {
        return signedAt;
    }
}
