package fr.guichet.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** One member's line in the direction's side-by-side view. */
public record MemberComparison(long memberId, String memberName, long population, long ticketsOpened,
                               Compliance firstResponse, Compliance resolution, long costCents) implements Serializable {

    public BigDecimal ticketsPerThousandInhabitants() {
        return population == 0 ? null
                : BigDecimal.valueOf(ticketsOpened * 1000L).divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
    }

    /** Euros per inhabitant, to the cent. */
    public BigDecimal costPerInhabitant() {
        return population == 0 ? null
                : BigDecimal.valueOf(costCents).divide(BigDecimal.valueOf(population * 100L), 2, RoundingMode.HALF_UP);
    }
}
