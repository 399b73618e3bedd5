package fr.guichet.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void oddCountTakesTheMiddleValue() {
        assertEquals(new BigDecimal("60.0"), Median.ofHistogram(Map.of(30L, 1L, 60L, 1L, 480L, 1L)));
        assertEquals(new BigDecimal("60.0"), Median.ofHistogram(Map.of(30L, 2L, 60L, 3L, 480L, 2L)));
    }

    @Test
    void evenCountTakesTheMeanOfTheTwoMiddleValues() {
        assertEquals(new BigDecimal("45.0"), Median.ofHistogram(Map.of(30L, 1L, 60L, 1L)));
        assertEquals(new BigDecimal("270.0"), Median.ofHistogram(Map.of(30L, 1L, 60L, 1L, 480L, 1L, 900L, 1L)));
        assertEquals(new BigDecimal("45.5"), Median.ofHistogram(Map.of(45L, 1L, 46L, 1L)));
        // Both middle values in the same bucket.
        assertEquals(new BigDecimal("60.0"), Median.ofHistogram(Map.of(30L, 1L, 60L, 4L, 90L, 1L)));
    }

    @Test
    void bucketsMayComeInAnyOrder() {
        Map<Long, Long> shuffled = new LinkedHashMap<>();
        shuffled.put(900L, 1L);
        shuffled.put(10L, 1L);
        shuffled.put(200L, 1L);
        assertEquals(new BigDecimal("200.0"), Median.ofHistogram(shuffled));
    }

    @Test
    void emptyHistogramHasNoMedian() {
        assertNull(Median.ofHistogram(Map.of()));
        assertNull(Median.ofHistogram(Map.of(5L, 0L)));
    }

    @Test
    void aSingleValueIsItsOwnMedian() {
        assertEquals(new BigDecimal("135.0"), Median.ofHistogram(Map.of(135L, 1L)));
    }
}
