package fr.guichet.demand;

import java.io.Serializable;
import java.math.BigDecimal;

/** A roadmap quarter: its capacity, what is planned in it, and what is left (negative: over capacity). */
public record QuarterLoad(String code, BigDecimal capacityDays, BigDecimal plannedDays, int demands) implements Serializable {

    public BigDecimal remainingDays() {
        return capacityDays.subtract(plannedDays);
    }

    public boolean isOver() {
        return remainingDays().signum() < 0;
    }
}
