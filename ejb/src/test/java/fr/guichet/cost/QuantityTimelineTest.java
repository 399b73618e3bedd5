package fr.guichet.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.guichet.cost.AllocationInputs.Holding;
import fr.guichet.cost.QuantityTimeline.Change;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityTimelineTest {

    private static final LocalDate START = LocalDate.of(2024, 3, 1);

    @Test
    void withoutHistoryTheCurrentQuantityHoldsThroughout() {
        assertEquals(List.of(holding(40, START, null)), periods(START, null, 40, List.of()));
    }

    @Test
    void theCreationAloneGivesOnePeriod() {
        assertEquals(List.of(holding(10, START, null)), periods(START, null, 10, List.of(change(START, null, 10))));
    }

    @Test
    void eachChangeStartsANewPeriodOnItsDay() {
        List<Change> changes = List.of(change(START, null, 10), change(LocalDate.of(2026, 4, 15), 10, 25),
                change(LocalDate.of(2026, 9, 1), 25, 20));
        assertEquals(List.of(holding(10, START, LocalDate.of(2026, 4, 14)),
                        holding(25, LocalDate.of(2026, 4, 15), LocalDate.of(2026, 8, 31)),
                        holding(20, LocalDate.of(2026, 9, 1), null)),
                periods(START, null, 20, changes));
    }

    @Test
    void theLastChangeOfADayCounts() {
        LocalDate day = LocalDate.of(2026, 5, 2);
        assertEquals(List.of(holding(5, START, day.minusDays(1)), holding(7, day, null)),
                periods(START, null, 7, List.of(change(day, 5, 6), change(day, 6, 7))));
    }

    @Test
    void beforeTheFirstRecordedChangeTheQuantityWasItsBefore() {
        // Subscriptions taken over before the history began: the first change says what was held.
        assertEquals(List.of(holding(3, START, LocalDate.of(2026, 1, 31)), holding(8, LocalDate.of(2026, 2, 1), null)),
                periods(START, null, 8, List.of(change(LocalDate.of(2026, 2, 1), 3, 8))));
    }

    @Test
    void anEndedSubscriptionStopsAtItsEnd() {
        LocalDate end = LocalDate.of(2026, 6, 30);
        assertEquals(List.of(holding(10, START, LocalDate.of(2026, 5, 31)), holding(12, LocalDate.of(2026, 6, 1), end)),
                periods(START, end, 12, List.of(change(LocalDate.of(2024, 1, 1), null, 10),
                        change(LocalDate.of(2026, 6, 1), 10, 12), change(LocalDate.of(2026, 7, 1), 12, 0))));
    }

    private static List<Holding> periods(LocalDate start, LocalDate end, int current, List<Change> changes) {
        return QuantityTimeline.periods(7, 1, start, end, BigDecimal.valueOf(current), changes);
    }

    private static Holding holding(int quantity, LocalDate from, LocalDate to) {
        return new Holding(7, 1, BigDecimal.valueOf(quantity), from, to);
    }

    private static Change change(LocalDate day, Integer before, int after) {
        return new Change(day, before == null ? null : BigDecimal.valueOf(before), BigDecimal.valueOf(after));
    }
}
