package fr.guichet.catalog;

/** How a service's cost is shared: by a distribution key, by the subscribing members, or pro rata of a usage indicator. */
public enum FundingMode {
    MUTUALISED, PERSONALISED, USAGE
}
