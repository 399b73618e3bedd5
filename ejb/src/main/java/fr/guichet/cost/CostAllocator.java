package fr.guichet.cost;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Shares an amount of euro cents in proportion to weights, to the cent, by the largest-remainder
 * method: everyone gets the floor of their exact share, and the cents left over go one each to the
 * largest remainders. Ties go to the smallest key, so the same input always gives the same shares, and
 * the shares always add up to the amount. A zero weight gets nothing; when every weight is zero
 * nothing can be shared and every share is zero.
 */
public final class CostAllocator {

    private CostAllocator() {
    }

    public static <K extends Comparable<K>> SortedMap<K, Long> allocate(long totalCents, Map<K, BigDecimal> weights) {
        if (totalCents < 0) {
            throw new IllegalArgumentException("negative amount " + totalCents);
        }
        SortedMap<K, BigDecimal> ordered = new TreeMap<>(weights);
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<K, BigDecimal> weight : ordered.entrySet()) {
            if (weight.getValue() == null || weight.getValue().signum() < 0) {
                throw new IllegalArgumentException("weight of " + weight.getKey() + " must be zero or more");
            }
            sum = sum.add(weight.getValue());
        }
        SortedMap<K, Long> shares = new TreeMap<>();
        ordered.keySet().forEach(key -> shares.put(key, 0L));
        if (sum.signum() == 0 || totalCents == 0) {
            return shares;
        }
        // Exact arithmetic: weights scaled to integers, share = total × w / W as quotient and remainder.
        int scale = Math.max(0, ordered.values().stream().mapToInt(BigDecimal::scale).max().orElse(0));
        BigInteger total = BigInteger.valueOf(totalCents);
        BigInteger denominator = sum.movePointRight(scale).toBigIntegerExact();
        List<Remainder<K>> remainders = new ArrayList<>();
        long given = 0;
        for (Map.Entry<K, BigDecimal> weight : ordered.entrySet()) {
            BigInteger[] split = total.multiply(weight.getValue().movePointRight(scale).toBigIntegerExact())
                    .divideAndRemainder(denominator);
            long floor = split[0].longValueExact();
            shares.put(weight.getKey(), floor);
            given += floor;
            remainders.add(new Remainder<>(weight.getKey(), split[1]));
        }
        remainders.sort(Comparator.<Remainder<K>, BigInteger>comparing(Remainder::value).reversed()
                .thenComparing(Remainder::key));
        for (int i = 0; i < totalCents - given; i++) {
            K key = remainders.get(i).key();
            shares.merge(key, 1L, Long::sum);
        }
        return shares;
    }

    private record Remainder<K>(K key, BigInteger value) {
    }
}
