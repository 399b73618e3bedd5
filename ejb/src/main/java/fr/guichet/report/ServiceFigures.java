package fr.guichet.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A service seen by the direction: subscribers, tickets and their service level over the period, and
 * for the budget year its cost and how much of it the sharing recovers from members.
 */
public record ServiceFigures(long serviceId, String code, String name, String fundingMode, long subscribers,
                             long ticketsOpened, Compliance resolution, long costCents, long allocatedCents)
        implements Serializable {

    /** Share of the cost recovered, in percent (null without a cost). */
    public BigDecimal recoveryPercent() {
        return costCents == 0 ? null
                : BigDecimal.valueOf(allocatedCents * 100L).divide(BigDecimal.valueOf(costCents), 1, RoundingMode.HALF_UP);
    }
}
