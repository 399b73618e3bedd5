package fr.guichet.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the shares of a budget year depend on, gathered by aggregate queries: memberships, the
 * distribution keys (code → member → weight), subscriptions and the yearly usage totals
 * (service → member → total).
 */
public record AllocationInputs(int year, List<Membership> members, Map<String, Map<Long, BigDecimal>> keys,
                               List<Holding> subscriptions, Map<Long, Map<Long, BigDecimal>> usageTotals) {

    /** A member's membership period ({@code until}: last day, null while still a member). */
    public record Membership(long memberId, LocalDate since, LocalDate until) {
    }

    /** A member's subscription to a service ({@code end}: last day, null while running). */
    public record Holding(long serviceId, long memberId, BigDecimal quantity, LocalDate start, LocalDate end) {
    }
}
