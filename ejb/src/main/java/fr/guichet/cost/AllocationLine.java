package fr.guichet.cost;

import java.math.BigDecimal;

/**
 * One member's share of one service: the cents, the weight it was computed from (key weight,
 * quantity or usage total) and the days of the year it counts for.
 */
public record AllocationLine(long serviceId, long memberId, long cents, BigDecimal basis, long days) {
}
