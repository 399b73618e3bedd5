package fr.guichet.demand;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the open backlog: by score (unscored last), ties broken by more supporting members, then the
 * older demand, then the smaller id, so the order never depends on how rows were read. A manager's
 * override puts a demand at a given rank; the others keep their order around it.
 */
public final class BacklogRanking {

    /** What ranking needs of a demand. */
    public record Entry(long id, BigDecimal score, int supporters, Instant createdAt, Integer overrideRank) {
    }

    static final Comparator<Entry> BY_MERIT = Comparator
            .comparing((Entry e) -> e.score() == null ? 1 : 0)
            .thenComparing(Entry::score, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Entry::supporters, Comparator.reverseOrder())
            .thenComparing(Entry::createdAt)
            .thenComparing(Entry::id);

    private BacklogRanking() {
    }

    /** Rank (1 = first) of each demand, in rank order. */
    public static Map<Long, Integer> rank(List<Entry> entries) {
        List<Entry> ordered = new ArrayList<>(entries.stream().filter(e -> e.overrideRank() == null).sorted(BY_MERIT).toList());
        entries.stream().filter(e -> e.overrideRank() != null)
                .sorted(Comparator.comparing(Entry::overrideRank).thenComparing(BY_MERIT))
                .forEach(e -> ordered.add(Math.min(Math.max(e.overrideRank(), 1) - 1, ordered.size()), e));
        Map<Long, Integer> ranks = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            ranks.put(ordered.get(i).id(), i + 1);
        }
        return ranks;
    }
}
