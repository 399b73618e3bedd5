package fr.guichet.ticket;

import fr.guichet.security.MemberOwned;
import fr.guichet.sla.SlaClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A time the SLA clock of a ticket stood still: waiting for the requester, or resolved until reopened. */
@Entity
@Table(name = "ticket_pause")
public class TicketPause implements MemberOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "from_at")
    private Instant fromAt;

    @Column(name = "until_at")
    private Instant untilAt;

    protected TicketPause() {
    }

    TicketPause(Ticket ticket, Instant from) {
        this.ticketId = ticket.getId();
        this.memberId = ticket.getMemberId();
        this.fromAt = from;
    }

    void end(Instant until) {
        untilAt = until;
    }

    boolean isOpen() {
        return untilAt == null;
    }

    SlaClock.Pause toPause() {
        return new SlaClock.Pause(fromAt, untilAt);
    }

    @Override
    public Long owningMemberId() {
        return memberId;
    }
}
