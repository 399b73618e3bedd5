package fr.guichet.demand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** A quarter of the roadmap ("2027-T1") and the person-days the syndicate can give it. */
@Entity
@Table(name = "roadmap_quarter")
public class RoadmapQuarter implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private String code;

    @Column(name = "capacity_days")
    private BigDecimal capacityDays;

    protected RoadmapQuarter() {
    }

    RoadmapQuarter(String code, BigDecimal capacityDays) {
        this.code = code;
        this.capacityDays = capacityDays;
    }

    void changeCapacity(BigDecimal days) {
        capacityDays = days;
    }

    public String getCode() {
        return code;
    }

    public BigDecimal getCapacityDays() {
        return capacityDays;
    }
}
