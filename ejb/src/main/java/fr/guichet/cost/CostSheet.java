package fr.guichet.cost;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cost sharing of a budget year, with the names needed to show it. For a commune user the lines
 * are only their member's.
 */
public record CostSheet(int year, boolean simulated, List<ServiceAllocation> services, Map<Long, String> serviceNames,
                        Map<Long, String> memberNames, Map<String, String> keyNames) {

    /** What a member pays in all, by member id. */
    public Map<Long, Long> totalsByMember() {
        Map<Long, Long> totals = new TreeMap<>();
        services.forEach(service -> service.lines().forEach(line -> totals.merge(line.memberId(), line.cents(), Long::sum)));
        return totals;
    }

    public long totalCost() {
        return services.stream().mapToLong(service -> service.item().costCents()).sum();
    }

    public long totalUnallocated() {
        return services.stream().mapToLong(ServiceAllocation::unallocatedCents).sum();
    }
}
