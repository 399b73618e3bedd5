package fr.guichet.sla;

import fr.guichet.security.MemberOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A day a member is closed on top of its public holidays (a bridge day): its tickets' SLA clocks stand still. */
@Entity
@Table(name = "member_closure")
@IdClass(MemberClosure.Key.class)
public class MemberClosure implements MemberOwned, Serializable {

    private static final long serialVersionUID = 1L;

    /** The member and the day. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long memberId;
        private LocalDate day;

        public Key() {
        }

        public Key(long memberId, LocalDate day) {
            this.memberId = memberId;
            this.day = day;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(memberId, key.memberId) && Objects.equals(day, key.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(memberId, day);
        }
    }

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Id
    @Column(name = "closed_on")
    private LocalDate day;

    private String reason;

    protected MemberClosure() {
    }

    MemberClosure(long memberId, LocalDate day, String reason) {
        this.memberId = memberId;
        this.day = day;
        this.reason = reason;
    }

    @Override
    public Long owningMemberId() {
        return memberId;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getReason() {
        return reason;
    }
}
