package fr.guichet.web.demand;

import fr.guichet.demand.ScoreMarks;
import java.io.Serializable;
import java.math.BigDecimal;

/** The scoring form of a demand's page: the marks a manager gives, filled with the current ones. */
public class ScoreForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer riskReduction = 0;
    private Integer inclusion = 0;
    private Integer sovereignty = 0;
    private BigDecimal effortDays;
    private BigDecimal costEuros = BigDecimal.ZERO;

    void fill(ScoreMarks marks) {
        if (marks != null) {
            riskReduction = marks.riskReduction();
            inclusion = marks.inclusion();
            sovereignty = marks.sovereignty();
            effortDays = marks.effortDays();
            costEuros = BigDecimal.valueOf(marks.costCents()).movePointLeft(2);
        }
    }

    ScoreMarks marks() {
        return new ScoreMarks(riskReduction, inclusion, sovereignty, effortDays,
                costEuros == null ? null : costEuros.movePointRight(2).longValue());
    }

    public Integer getRiskReduction() {
        return riskReduction;
    }

    public void setRiskReduction(Integer riskReduction) {
        this.riskReduction = riskReduction;
    }

    public Integer getInclusion() {
        return inclusion;
    }

    public void setInclusion(Integer inclusion) {
        this.inclusion = inclusion;
    }

    public Integer getSovereignty() {
        return sovereignty;
    }

    public void setSovereignty(Integer sovereignty) {
        this.sovereignty = sovereignty;
    }

    public BigDecimal getEffortDays() {
        return effortDays;
    }

    public void setEffortDays(BigDecimal effortDays) {
        this.effortDays = effortDays;
    }

    public BigDecimal getCostEuros() {
        return costEuros;
    }

    public void setCostEuros(BigDecimal costEuros) {
        this.costEuros = costEuros;
    }
}
