package fr.guichet.training;

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
import java.time.Instant;

/** A named agent's registration to a training session, for their member. */
@Entity
@Table(name = "training_registration")
public class Registration implements MemberOwned, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "registered_by")
    private String registeredBy;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    @Column(name = "registered_at")
    private Instant registeredAt;

    private Boolean attended;

    @Version
    private int version;

    protected Registration() {
    }

    Registration(long sessionId, long memberId, long userId, String registeredBy, RegistrationStatus status, Instant now) {
        this.sessionId = sessionId;
        this.memberId = memberId;
        this.userId = userId;
        this.registeredBy = registeredBy;
        this.status = status;
        this.registeredAt = now;
    }

    void cancel() {
        status = RegistrationStatus.CANCELLED;
    }

    void markAttendance(boolean present) {
        attended = present;
    }

    @Override
    public Long owningMemberId() {
        return memberId;
    }

    public Long getId() {
        return id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getUserId() {
        return userId;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Boolean getAttended() {
        return attended;
    }
}
