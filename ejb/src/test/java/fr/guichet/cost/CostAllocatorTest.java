package fr.guichet.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CostAllocatorTest {

    private static Map<Long, BigDecimal> weights(long... pairs) {
        Map<Long, BigDecimal> weights = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            weights.put(pairs[i], BigDecimal.valueOf(pairs[i + 1]));
        }
        return weights;
    }

    private static long sum(Map<Long, Long> shares) {
        return shares.values().stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void sharesInProportionWhenTheAmountDividesExactly() {
        assertEquals(Map.of(1L, 2500L, 2L, 7500L), CostAllocator.allocate(10_000, weights(1, 1, 2, 3)));
    }

    @Test
    void leftOverCentsGoToTheLargestRemainders() {
        // 100 cents by 1:1:1 → 33.33 each; one cent left goes to the first key (tie, smallest key).
        assertEquals(Map.of(1L, 34L, 2L, 33L, 3L, 33L), CostAllocator.allocate(100, weights(1, 1, 2, 1, 3, 1)));
        // 10 cents by 30:30:10 → 4.29, 4.29, 1.43: floors give 9, the last cent goes to the largest remainder (0.43).
        assertEquals(Map.of(1L, 4L, 2L, 4L, 3L, 2L), CostAllocator.allocate(10, weights(1, 30, 2, 30, 3, 10)));
    }

    @Test
    void tiesAreBrokenByTheSmallestKeyWhateverTheInsertionOrder() {
        Map<Long, BigDecimal> reversed = new LinkedHashMap<>();
        reversed.put(9L, BigDecimal.ONE);
        reversed.put(5L, BigDecimal.ONE);
        reversed.put(7L, BigDecimal.ONE);
        SortedMap<Long, Long> shares = CostAllocator.allocate(2, reversed);
        assertEquals(Map.of(5L, 1L, 7L, 1L, 9L, 0L), shares);
    }

    @Test
    void sharesAlwaysAddUpToTheAmount() {
        Random random = new Random(42);
        for (int round = 0; round < 2_000; round++) {
            Map<Long, BigDecimal> weights = new TreeMap<>();
            int members = 1 + random.nextInt(120);
            for (long member = 1; member <= members; member++) {
                weights.put(member, BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(4)));
            }
            weights.put(1L, BigDecimal.ONE);
            long total = Math.abs(random.nextLong() % 10_000_000_000L);
            SortedMap<Long, Long> shares = CostAllocator.allocate(total, weights);
            assertEquals(total, sum(shares), "round " + round);
            // Nobody is more than one cent away from their exact share.
            BigDecimal all = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            for (Map.Entry<Long, Long> share : shares.entrySet()) {
                BigDecimal exact = weights.get(share.getKey()).multiply(BigDecimal.valueOf(total))
                        .divide(all, 6, RoundingMode.HALF_EVEN);
                assertEquals(-1, exact.subtract(BigDecimal.valueOf(share.getValue())).abs().compareTo(BigDecimal.ONE));
            }
        }
    }

    @Test
    void zeroWeightPaysNothing() {
        assertEquals(Map.of(1L, 0L, 2L, 999L), CostAllocator.allocate(999, weights(1, 0, 2, 5)));
    }

    @Test
    void nothingIsSharedWhenEveryWeightIsZero() {
        assertEquals(Map.of(1L, 0L, 2L, 0L), CostAllocator.allocate(500, weights(1, 0, 2, 0)));
        assertEquals(Map.of(), CostAllocator.allocate(500, Map.<Long, BigDecimal>of()));
    }

    @Test
    void aSingleMemberPaysEverything() {
        assertEquals(Map.of(4L, 123_456_789L), CostAllocator.allocate(123_456_789, weights(4, 3)));
    }

    @Test
    void hugeAndTinyAmounts() {
        long huge = Long.MAX_VALUE;
        SortedMap<Long, Long> shares = CostAllocator.allocate(huge, weights(1, 1_400_000, 2, 520_000, 3, 9_900));
        assertEquals(huge, sum(shares));
        // One cent among three equal members goes to the first; a tiny weight next to huge ones still counts.
        assertEquals(Map.of(1L, 1L, 2L, 0L, 3L, 0L), CostAllocator.allocate(1, weights(1, 1, 2, 1, 3, 1)));
        Map<Long, BigDecimal> fractional = Map.of(1L, new BigDecimal("0.000001"), 2L, new BigDecimal("1000000"));
        assertEquals(Map.of(1L, 0L, 2L, 1_000_000_000L), CostAllocator.allocate(1_000_000_000, fractional));
        assertEquals(Map.of(1L, 1L, 2L, 0L), CostAllocator.allocate(1, Map.of(1L, new BigDecimal("0.75"), 2L, new BigDecimal("0.25"))));
    }

    @Test
    void refusesNegativeAmountsAndWeights() {
        assertThrows(IllegalArgumentException.class, () -> CostAllocator.allocate(-1, weights(1, 1)));
        assertThrows(IllegalArgumentException.class, () -> CostAllocator.allocate(10, weights(1, -1)));
    }
}
