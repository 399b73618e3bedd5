package fr.guichet.cost;

import fr.guichet.catalog.FundingMode;
import fr.guichet.cost.AllocationInputs.Holding;
import fr.guichet.cost.AllocationInputs.Membership;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Shares every service's yearly cost according to its funding mode:
 * <ul>
 * <li>mutualised: key weight × days of membership in the year (a member joining or leaving pays pro rata temporis);</li>
 * <li>personalised: quantity × days subscribed in the year, summed over the periods of the member's
 * subscription (its quantity may change during the year, see {@link QuantityTimeline});</li>
 * <li>usage: the member's yearly total of the service's usage indicator.</li>
 * </ul>
 * Each service is then split to the cent by {@link CostAllocator}.
 */
public final class AllocationPlanner {

    private final AllocationInputs inputs;

    public AllocationPlanner(AllocationInputs inputs) {
        this.inputs = inputs;
    }

    public List<ServiceAllocation> plan(List<BudgetItem> items) {
        return items.stream().map(this::allocate).toList();
    }

    public ServiceAllocation allocate(BudgetItem item) {
        Map<Long, BigDecimal> basis = new HashMap<>();
        Map<Long, Long> days = new HashMap<>();
        switch (item.mode()) {
            case MUTUALISED -> {
                Map<Long, BigDecimal> key = inputs.keys().getOrDefault(item.keyCode(), Map.of());
                for (Membership member : inputs.members()) {
                    BigDecimal weight = key.get(member.memberId());
                    long present = Presence.daysIn(inputs.year(), member.since(), member.until());
                    if (weight != null && present > 0) {
                        basis.put(member.memberId(), weight);
                        days.put(member.memberId(), present);
                    }
                }
            }
            case PERSONALISED -> {
                for (Holding holding : inputs.subscriptions()) {
                    long held = Presence.daysIn(inputs.year(), holding.start(), holding.end());
                    if (holding.serviceId() == item.serviceId() && held > 0) {
                        basis.merge(holding.memberId(), holding.quantity().multiply(BigDecimal.valueOf(held)), BigDecimal::add);
                        days.merge(holding.memberId(), held, Long::sum);
                    }
                }
            }
            case USAGE -> inputs.usageTotals().getOrDefault(item.serviceId(), Map.of()).forEach((member, total) -> {
                basis.put(member, total);
                days.put(member, (long) Year.of(inputs.year()).length());
            });
        }
        SortedMap<Long, BigDecimal> weights = new TreeMap<>();
        basis.forEach((member, value) -> weights.put(member,
                item.mode() == FundingMode.MUTUALISED ? value.multiply(BigDecimal.valueOf(days.get(member))) : value));
        SortedMap<Long, Long> shares = CostAllocator.allocate(item.costCents(), weights);
        List<AllocationLine> lines = new ArrayList<>();
        long allocated = 0;
        for (Map.Entry<Long, Long> share : shares.entrySet()) {
            if (weights.get(share.getKey()).signum() > 0) {
                lines.add(new AllocationLine(item.serviceId(), share.getKey(), share.getValue(), basis.get(share.getKey()),
                        days.get(share.getKey())));
                allocated += share.getValue();
            }
        }
        return new ServiceAllocation(item, List.copyOf(lines), item.costCents() - allocated);
    }
}
