package fr.guichet.web.demand;

import fr.guichet.demand.DemandDecision;
import java.io.Serializable;
import java.time.LocalDate;

/** The form that records a decision on a demand: which body, when, what it decided, and its text. */
public class DecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate decidedOn = LocalDate.now();
    private DemandDecision.Body body = DemandDecision.Body.COMITE_SYNDICAL;
    private DemandDecision.Outcome outcome = DemandDecision.Outcome.APPROVED;
    private String text;

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public DemandDecision.Body getBody() {
        return body;
    }

    public void setBody(DemandDecision.Body body) {
        this.body = body;
    }

    public DemandDecision.Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(DemandDecision.Outcome outcome) {
        this.outcome = outcome;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
