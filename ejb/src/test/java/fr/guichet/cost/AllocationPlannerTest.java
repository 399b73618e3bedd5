package fr.guichet.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.guichet.catalog.FundingMode;
import fr.guichet.cost.AllocationInputs.Holding;
import fr.guichet.cost.AllocationInputs.Membership;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AllocationPlannerTest {

    private static final int YEAR = 2026;
    private static final LocalDate LONG_AGO = LocalDate.of(1971, 1, 1);

    private static Map<Long, Long> shares(ServiceAllocation allocation) {
        return allocation.lines().stream().collect(Collectors.toMap(AllocationLine::memberId, AllocationLine::cents));
    }

    private static AllocationInputs inputs(List<Membership> members, Map<Long, BigDecimal> key, List<Holding> holdings,
                                           Map<Long, BigDecimal> usage) {
        return new AllocationInputs(YEAR, members, Map.of("population", key), holdings, Map.of(7L, usage));
    }

    private static final List<Membership> THREE = List.of(new Membership(1, LONG_AGO, null),
            new Membership(2, LONG_AGO, null), new Membership(3, LONG_AGO, null));

    @Test
    void mutualisedCostFollowsTheKey() {
        AllocationPlanner planner = new AllocationPlanner(inputs(THREE,
                Map.of(1L, BigDecimal.valueOf(66_900), 2L, BigDecimal.valueOf(52_600), 3L, BigDecimal.valueOf(9_900)),
                List.of(), Map.of()));
        ServiceAllocation shared = planner.allocate(new BudgetItem(7, 12_000_000, FundingMode.MUTUALISED, "population"));
        // Exact shares 6 204 018.55, 4 877 897.99 and 918 083.46: the two cents left go to .99 then .55.
        assertEquals(Map.of(1L, 6_204_019L, 2L, 4_877_898L, 3L, 918_083L), shares(shared));
        assertEquals(0, shared.unallocatedCents());
    }

    @Test
    void aMemberJoiningOrLeavingMidYearPaysProRataTemporis() {
        List<Membership> members = List.of(new Membership(1, LONG_AGO, null),
                new Membership(2, LocalDate.of(YEAR, 7, 1), null),          // 184 days
                new Membership(3, LONG_AGO, LocalDate.of(YEAR, 3, 31)),     // 90 days
                new Membership(4, LocalDate.of(YEAR + 1, 1, 1), null));     // not yet a member
        Map<Long, BigDecimal> equal = Map.of(1L, BigDecimal.ONE, 2L, BigDecimal.ONE, 3L, BigDecimal.ONE, 4L, BigDecimal.ONE);
        ServiceAllocation shared = new AllocationPlanner(inputs(members, equal, List.of(), Map.of()))
                .allocate(new BudgetItem(7, 639_000, FundingMode.MUTUALISED, "population"));
        // Weights 365 : 184 : 90 on 639 days → exactly 1 000 cents a day.
        assertEquals(Map.of(1L, 365_000L, 2L, 184_000L, 3L, 90_000L), shares(shared));
        assertEquals(184, shared.lines().get(1).days());
    }

    @Test
    void personalisedCostIsPaidBySubscribersProRataOfQuantityAndDays() {
        List<Holding> holdings = List.of(new Holding(7, 1, BigDecimal.valueOf(10), LocalDate.of(2020, 1, 1), null),
                new Holding(7, 2, BigDecimal.valueOf(20), LocalDate.of(YEAR, 7, 1), null),
                new Holding(8, 3, BigDecimal.valueOf(99), LocalDate.of(2020, 1, 1), null),
                new Holding(7, 3, BigDecimal.valueOf(5), LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31)));
        ServiceAllocation shared = new AllocationPlanner(inputs(THREE, Map.of(), holdings, Map.of()))
                .allocate(new BudgetItem(7, 1_000_000, FundingMode.PERSONALISED, null));
        // 10 × 365 = 3 650 and 20 × 184 = 3 680; member 3 had ended its subscription and pays nothing.
        assertEquals(Map.of(1L, 497_954L, 2L, 502_046L), shares(shared));
    }

    @Test
    void aQuantityChangedDuringTheYearCountsForTheDaysItWasHeld() {
        List<Holding> holdings = new java.util.ArrayList<>(QuantityTimeline.periods(7, 1, LocalDate.of(2020, 1, 1), null,
                BigDecimal.valueOf(30), List.of(new QuantityTimeline.Change(LocalDate.of(YEAR, 7, 1), BigDecimal.TEN,
                        BigDecimal.valueOf(30)))));
        holdings.add(new Holding(7, 2, BigDecimal.valueOf(20), LocalDate.of(2020, 1, 1), null));
        ServiceAllocation shared = new AllocationPlanner(inputs(THREE, Map.of(), holdings, Map.of()))
                .allocate(new BudgetItem(7, 1_000_000, FundingMode.PERSONALISED, null));
        // Member 1: 10 × 181 + 30 × 184 = 7 330; member 2: 20 × 365 = 7 300.
        assertEquals(Map.of(1L, 501_025L, 2L, 498_975L), shares(shared));
        assertEquals(365, shared.lines().get(0).days());
    }

    @Test
    void usageCostFollowsTheYearlyTotalsAndMembersWithoutUsagePayNothing() {
        Map<Long, BigDecimal> usage = Map.of(1L, new BigDecimal("1200"), 2L, new BigDecimal("300"), 3L, BigDecimal.ZERO);
        ServiceAllocation shared = new AllocationPlanner(inputs(THREE, Map.of(), List.of(), usage))
                .allocate(new BudgetItem(7, 18_000_000, FundingMode.USAGE, null));
        assertEquals(Map.of(1L, 14_400_000L, 2L, 3_600_000L), shares(shared));
    }

    @Test
    void whatCannotBeSharedIsLeftOverAndShown() {
        ServiceAllocation nobody = new AllocationPlanner(inputs(THREE, Map.of(), List.of(), Map.of()))
                .allocate(new BudgetItem(7, 2_600_000, FundingMode.USAGE, null));
        assertTrue(nobody.lines().isEmpty());
        assertEquals(2_600_000, nobody.unallocatedCents());
        ServiceAllocation unknownKey = new AllocationPlanner(inputs(THREE, Map.of(1L, BigDecimal.ONE), List.of(), Map.of()))
                .allocate(new BudgetItem(7, 100, FundingMode.MUTUALISED, "comite-2027"));
        assertEquals(100, unknownKey.unallocatedCents());
    }

    @Test
    void everyServiceAddsUpExactly() {
        AllocationPlanner planner = new AllocationPlanner(inputs(THREE,
                Map.of(1L, BigDecimal.valueOf(3), 2L, BigDecimal.valueOf(3), 3L, BigDecimal.valueOf(3)), List.of(), Map.of()));
        for (long cost : new long[] {1, 2, 3, 100, 101, 999_999_999_999L}) {
            ServiceAllocation shared = planner.allocate(new BudgetItem(7, cost, FundingMode.MUTUALISED, "population"));
            assertEquals(cost, shared.lines().stream().mapToLong(AllocationLine::cents).sum());
        }
    }
}
