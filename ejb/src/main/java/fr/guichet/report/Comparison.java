package fr.guichet.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * All members side by side over a period, with each measured service's usage per member
 * ({@code usage}: service id → member id → total over the period).
 */
public record Comparison(Period period, int budgetYear, List<MemberComparison> members, List<MeasuredService> services,
                         Map<Long, Map<Long, BigDecimal>> usage) implements Serializable {

    /** A service with a usage indicator, as a column of the usage table. */
    public record MeasuredService(long serviceId, String name, String indicator, String unit) implements Serializable {
    }

    public BigDecimal usage(long serviceId, long memberId) {
        return usage.getOrDefault(serviceId, Map.of()).get(memberId);
    }
}
