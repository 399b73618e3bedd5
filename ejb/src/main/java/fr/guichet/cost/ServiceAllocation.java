package fr.guichet.cost;

import java.util.List;

/** A service's cost shared among members; what could not be shared (no usage, no subscriber, empty key) is left over. */
public record ServiceAllocation(BudgetItem item, List<AllocationLine> lines, long unallocatedCents) {

    public long allocatedCents() {
        return item.costCents() - unallocatedCents;
    }
}
