package fr.guichet.demand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One line of a demand's public history. */
@Entity
@Table(name = "demand_event")
public class DemandEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What happened. */
    public enum Kind {
        SUBMITTED, STUDY, SCORED, PLAN, START, DELIVER, DECLINE, MERGED, MERGED_IN, RANK_OVERRIDE, SUPPORTED, WITHDRAWN, DECISION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "demand_id")
    private Long demandId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "actor_login")
    private String actorLogin;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private DemandState toState;

    private String detail;

    protected DemandEvent() {
    }

    /**
     * Adds a step to a demand's history, inserted at once: EclipseLink does not keep the persist order of new
     * rows, and ids break time ties.
     */
    static void record(EntityManager em, Demand demand, String actorLogin, Kind kind, String detail, Instant now) {
        em.persist(new DemandEvent(demand, actorLogin, kind, detail, now));
        em.flush();
    }

    DemandEvent(Demand demand, String actorLogin, Kind kind, String detail, Instant now) {
        this.demandId = demand.getId();
        this.occurredAt = now;
        this.actorLogin = actorLogin;
        this.kind = kind;
        this.toState = demand.getState();
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…";
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

    public DemandState getToState() {
        return toState;
    }

    public String getDetail() {
        return detail;
    }
}
