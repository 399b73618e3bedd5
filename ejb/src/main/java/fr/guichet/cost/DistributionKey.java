package fr.guichet.cost;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.SortedMap;

/** A distribution key of a budget year: member id → weight. Members without a weight are not in the key. */
public record DistributionKey(int year, String code, String name, KeyKind kind, SortedMap<Long, BigDecimal> weights)
        implements Serializable {
}
