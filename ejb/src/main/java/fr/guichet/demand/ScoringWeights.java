package fr.guichet.demand;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.Decimals;
import java.math.BigDecimal;

/**
 * How much each value criterion counts, as the direction sets it, and the day rate that turns a cost
 * into person-days of job size.
 */
public record ScoringWeights(BigDecimal memberValue, BigDecimal urgency, BigDecimal riskReduction,
                             BigDecimal inclusion, BigDecimal sovereignty, long dayRateCents) {

    public ScoringWeights {
        for (BigDecimal weight : new BigDecimal[] {memberValue, urgency, riskReduction, inclusion, sovereignty}) {
            if (weight == null || weight.signum() < 0 || !Decimals.fits(weight, 3, 2)) {
                throw new BusinessRuleException("demand.weights.invalid");
            }
        }
        if (memberValue.add(urgency).add(riskReduction).add(inclusion).add(sovereignty).signum() == 0 || dayRateCents <= 0) {
            throw new BusinessRuleException("demand.weights.invalid");
        }
    }

    /** Member value first, then urgency and risk, then inclusion and sovereignty; 500 € a day. */
    public static ScoringWeights defaults() {
        return new ScoringWeights(BigDecimal.valueOf(3), BigDecimal.valueOf(2), BigDecimal.valueOf(2), BigDecimal.ONE,
                BigDecimal.ONE, 50_000);
    }
}
