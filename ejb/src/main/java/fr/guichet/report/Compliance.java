package fr.guichet.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many tickets met a service-level target out of those measured. The rate is a percentage with
 * one decimal, rounded half up; with nothing measured there is no rate (shown as "—", not 100 %).
 */
public record Compliance(long met, long measured) implements Serializable {

    public Compliance {
        if (met < 0 || measured < met) {
            throw new IllegalArgumentException(met + " met out of " + measured);
        }
    }

    public static Compliance of(long measured, long missed) {
        return new Compliance(measured - missed, measured);
    }

    public BigDecimal percent() {
        if (measured == 0) {
            return null;
        }
        return BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(measured), 1, RoundingMode.HALF_UP);
    }

    public Compliance plus(Compliance other) {
        return new Compliance(met + other.met, measured + other.measured);
    }
}
