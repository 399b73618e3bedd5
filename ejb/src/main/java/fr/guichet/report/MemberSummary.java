package fr.guichet.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A commune's dashboard over a period: tickets month by month, service levels, median business time
 * to resolve, open tickets by priority and age, satisfaction, requests by state, subscriptions,
 * demands supported, and cost shares of the budget year compared with the previous one.
 */
public record MemberSummary(long memberId, String memberName, long population, Period period, List<MonthFigures> months,
                            Compliance firstResponse, Compliance resolution, BigDecimal medianResolutionHours,
                            List<OpenTickets> openTickets, Satisfaction satisfaction, Map<String, Long> requestsByStatus,
                            List<SubscriptionLine> subscriptions, long demandsSupported, int budgetYear, List<CostShare> costs)
        implements Serializable {

    /** A service the member subscribes to, with the quantity. */
    public record SubscriptionLine(String serviceName, BigDecimal quantity, String unit, String status)
            implements Serializable {
    }

    public long ticketsOpened() {
        return months.stream().mapToLong(MonthFigures::opened).sum();
    }

    public long ticketsResolved() {
        return months.stream().mapToLong(MonthFigures::resolved).sum();
    }

    public long costCents() {
        return costs.stream().mapToLong(CostShare::cents).sum();
    }

    public long previousCostCents() {
        return costs.stream().mapToLong(CostShare::previousCents).sum();
    }
}
