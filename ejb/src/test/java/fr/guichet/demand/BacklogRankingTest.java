package fr.guichet.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BacklogRankingTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static BacklogRanking.Entry entry(long id, String score, int supporters, int day, Integer override) {
        return new BacklogRanking.Entry(id, score == null ? null : new BigDecimal(score), supporters,
                T0.plusSeconds(86_400L * day), override);
    }

    @Test
    void higherScoresFirstAndUnscoredLast() {
        Map<Long, Integer> ranks = BacklogRanking.rank(List.of(entry(1, "1.5", 1, 0, null), entry(2, null, 9, 0, null),
                entry(3, "4.0", 1, 0, null)));
        assertEquals(List.of(3L, 1L, 2L), List.copyOf(ranks.keySet()));
        assertEquals(1, ranks.get(3L));
    }

    @Test
    void tiesAreBrokenBySupportThenAgeThenIdWhateverTheInputOrder() {
        List<BacklogRanking.Entry> entries = new ArrayList<>(List.of(entry(10, "2.0", 3, 5, null), entry(11, "2.0", 4, 9, null),
                entry(12, "2.0", 3, 1, null), entry(13, "2.0", 3, 1, null)));
        List<Long> expected = List.of(11L, 12L, 13L, 10L);
        for (int i = 0; i < 5; i++) {
            Collections.shuffle(entries, new java.util.Random(i));
            assertEquals(expected, List.copyOf(BacklogRanking.rank(entries).keySet()));
        }
    }

    @Test
    void anOverridePutsADemandAtItsRankAndTheOthersKeepTheirOrder() {
        Map<Long, Integer> ranks = BacklogRanking.rank(List.of(entry(1, "5", 1, 0, null), entry(2, "4", 1, 0, null),
                entry(3, "3", 1, 0, null), entry(4, "0.1", 1, 0, 1), entry(5, "2", 1, 0, 99)));
        assertEquals(List.of(4L, 1L, 2L, 3L, 5L), List.copyOf(ranks.keySet()), "a rank past the end puts it last");
    }
}
