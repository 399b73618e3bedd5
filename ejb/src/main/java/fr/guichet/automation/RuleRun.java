package fr.guichet.automation;

import fr.guichet.security.MemberOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A rule acted on a ticket, or tried and failed (the ticket was kept as it was): what managers review. */
@Entity
@Table(name = "automation_run")
public class RuleRun implements MemberOwned, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rule_id")
    private long ruleId;

    @Column(name = "ticket_id")
    private long ticketId;

    @Column(name = "member_id")
    private long memberId;

    @Column(name = "fired_at")
    private Instant firedAt;

    private boolean succeeded;

    private String detail;

    protected RuleRun() {
    }

    RuleRun(long ruleId, long ticketId, long memberId, boolean succeeded, String detail, Instant now) {
        this.ruleId = ruleId;
        this.ticketId = ticketId;
        this.memberId = memberId;
        this.succeeded = succeeded;
        this.detail = detail.length() <= 500 ? detail : detail.substring(0, 499) + "…";
        this.firedAt = now;
    }

    @Override
    public Long owningMemberId() {
        return memberId;
    }

    public long getRuleId() {
        return ruleId;
    }

    public long getTicketId() {
        return ticketId;
    }

    public Instant getFiredAt() {
        return firedAt;
    }

    public boolean isSucceeded() {
        return succeeded;
    }

    public String getDetail() {
        return detail;
    }
}
