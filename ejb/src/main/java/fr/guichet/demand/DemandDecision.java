package fr.guichet.demand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** A decision of the comité syndical or the bureau about a demand, shown with it. */
@Entity
@Table(name = "demand_decision")
public class DemandDecision implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which body decided. */
    public enum Body {
        COMITE_SYNDICAL, BUREAU
    }

    /** What it decided. */
    public enum Outcome {
        APPROVED, REJECTED, POSTPONED, NOTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "demand_id")
    private Long demandId;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    private Body body;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String text;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected DemandDecision() {
    }

    DemandDecision(long demandId, LocalDate decidedOn, Body body, Outcome outcome, String text, String recordedBy) {
        this.demandId = demandId;
        this.decidedOn = decidedOn;
        this.body = body;
        this.outcome = outcome;
        this.text = text;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public Body getBody() {
        return body;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getText() {
        return text;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
