package fr.guichet.cost;

import fr.guichet.catalog.FundingMode;

/** A service's cost for a budget year and how it is shared ({@code keyCode}: the distribution key of a mutualised cost). */
public record BudgetItem(long serviceId, long costCents, FundingMode mode, String keyCode) {

    public BudgetItem {
        if (costCents < 0) {
            throw new IllegalArgumentException("negative cost");
        }
    }
}
