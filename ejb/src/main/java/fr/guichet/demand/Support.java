package fr.guichet.demand;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How many members, and what share of the population, support a demand on a given day. */
public record Support(int members, int totalMembers, long population, long totalPopulation) {

    public BigDecimal memberShare() {
        return ratio(members, totalMembers);
    }

    public BigDecimal populationShare() {
        return ratio(population, totalPopulation);
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
