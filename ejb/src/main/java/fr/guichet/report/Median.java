package fr.guichet.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The median of values given as a histogram (value → how many times), as aggregate SQL returns them
 * ({@code GROUP BY value}), so that no individual row is loaded. With an even count it is the mean of
 * the two middle values; with no value there is no median.
 */
public final class Median {

    private Median() {
    }

    public static BigDecimal ofHistogram(Map<Long, Long> counts) {
        SortedMap<Long, Long> sorted = new TreeMap<>(counts);
        long total = sorted.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long lowIndex = (total - 1) / 2;   // 0-based positions of the middle value(s)
        long highIndex = total / 2;
        Long low = null;
        Long high = null;
        long seen = 0;
        for (Map.Entry<Long, Long> bucket : sorted.entrySet()) {
            if (bucket.getValue() < 0) {
                throw new IllegalArgumentException("negative count for " + bucket.getKey());
            }
            seen += bucket.getValue();
            if (low == null && lowIndex < seen) {
                low = bucket.getKey();
            }
            if (highIndex < seen) {
                high = bucket.getKey();
                break;
            }
        }
        return BigDecimal.valueOf(low).add(BigDecimal.valueOf(high)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }
}
