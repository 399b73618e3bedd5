package fr.guichet.cost;

import fr.guichet.cost.AllocationInputs.Holding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds from a subscription's history the periods during which its quantity stayed the same, so
 * that a personalised cost follows what the member really held, day by day.
 */
public final class QuantityTimeline {

    /** A recorded change: from {@code day} on, the subscription holds {@code after} ({@code before}: null at creation). */
    public record Change(LocalDate day, BigDecimal before, BigDecimal after) {
    }

    private QuantityTimeline() {
    }

    /**
     * The periods of constant quantity between {@code start} and {@code end} (null: still running).
     * {@code changes} come in the order they happened; the last change of a day is the one that counts.
     * Without history, the current quantity applies throughout.
     */
    public static List<Holding> periods(long serviceId, long memberId, LocalDate start, LocalDate end, BigDecimal current,
                                        List<Change> changes) {
        if (changes.isEmpty()) {
            return List.of(new Holding(serviceId, memberId, current, start, end));
        }
        List<Holding> periods = new ArrayList<>();
        Change first = changes.get(0);
        BigDecimal quantity = first.before() != null ? first.before() : first.after();
        LocalDate from = start;
        for (Change change : changes) {
            LocalDate day = change.day().isBefore(start) ? start : change.day();
            if (day.isAfter(from)) {
                add(periods, serviceId, memberId, quantity, from, day.minusDays(1), end);
                from = day;
            }
            quantity = change.after();
        }
        add(periods, serviceId, memberId, quantity, from, null, end);
        return periods;
    }

    private static void add(List<Holding> periods, long serviceId, long memberId, BigDecimal quantity, LocalDate from,
                            LocalDate to, LocalDate end) {
        if (end != null && from.isAfter(end)) {
            return;
        }
        LocalDate last = end == null ? to : to == null || to.isAfter(end) ? end : to;
        periods.add(new Holding(serviceId, memberId, quantity, from, last));
    }
}
