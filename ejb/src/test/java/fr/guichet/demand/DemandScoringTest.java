package fr.guichet.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.guichet.common.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemandScoringTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Support HALF = new Support(5, 10, 500_000, 1_000_000);

    private static ScoreInput input(Support support, LocalDate deadline, int risk, int inclusion, int sovereignty,
                                    String effort, long cost) {
        return new ScoreInput(support, deadline, TODAY, risk, inclusion, sovereignty, new BigDecimal(effort), cost);
    }

    private static BigDecimal score(ScoreInput input) {
        return DemandScoring.score(input, ScoringWeights.defaults()).score();
    }

    @Test
    void memberValueComesFromTheShareOfMembersAndOfThePopulation() {
        ScoreBreakdown breakdown = DemandScoring.score(input(HALF, null, 0, 0, 0, "10", 0), ScoringWeights.defaults());
        ScoreBreakdown.Line member = breakdown.lines().get(0);
        assertEquals("memberValue", member.criterion());
        assertEquals(new BigDecimal("5.00"), member.value(), "half the members and half the population: 5/10");
        assertEquals(new BigDecimal("15.00"), member.contribution(), "weight 3");
        assertEquals(new BigDecimal("1.500"), breakdown.score(), "15 over 10 person-days");
        assertEquals(java.util.List.of(5, 10, 50L), member.arguments());
        Support smallCommunes = new Support(5, 10, 100_000, 1_000_000);
        assertTrue(score(input(smallCommunes, null, 0, 0, 0, "10", 0)).compareTo(score(input(HALF, null, 0, 0, 0, "10", 0))) < 0);
    }

    @Test
    void urgencyComesFromTheDeadline() {
        assertEquals(BigDecimal.ZERO, DemandScoring.urgency(null, TODAY));
        assertEquals(BigDecimal.TEN, DemandScoring.urgency(TODAY.minusDays(3), TODAY), "a missed deadline is most urgent");
        assertEquals(BigDecimal.TEN, DemandScoring.urgency(TODAY.plusDays(90), TODAY));
        assertEquals(BigDecimal.valueOf(7), DemandScoring.urgency(TODAY.plusDays(91), TODAY));
        assertEquals(BigDecimal.valueOf(4), DemandScoring.urgency(TODAY.plusDays(365), TODAY));
        assertEquals(BigDecimal.ONE, DemandScoring.urgency(TODAY.plusDays(366), TODAY));
    }

    @Test
    void marksAndWeightsAddUpAndCostGrowsTheJobSize() {
        ScoreBreakdown breakdown = DemandScoring.score(input(new Support(0, 10, 0, 1_000), TODAY.plusDays(30), 5, 2, 1, "4", 200_000),
                ScoringWeights.defaults());
        // urgency 10×2 + risk 10×2 + inclusion 4×1 + sovereignty 2×1 = 46; size 4 days + 2 000 € at 500 €/day = 8.
        assertEquals(new BigDecimal("46.00"), breakdown.value());
        assertEquals(new BigDecimal("8.00"), breakdown.jobSizeDays());
        assertEquals(new BigDecimal("5.750"), breakdown.score());
        ScoringWeights onlySovereignty = new ScoringWeights(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ONE, 50_000);
        assertEquals(new BigDecimal("0.250"), DemandScoring.score(input(HALF, TODAY, 5, 5, 1, "8", 0), onlySovereignty).score());
    }

    @Test
    void zeroEffortAndMarksOutOfRangeAreRefused() {
        assertEquals("demand.score.effortRequired", assertThrows(BusinessRuleException.class,
                () -> score(input(HALF, null, 0, 0, 0, "0", 0))).messageKey());
        assertThrows(BusinessRuleException.class, () -> score(input(HALF, null, 6, 0, 0, "1", 0)));
        assertThrows(BusinessRuleException.class, () -> score(input(HALF, null, 0, -1, 0, "1", 0)));
        assertThrows(BusinessRuleException.class, () -> new ScoringWeights(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, 50_000));
        assertThrows(BusinessRuleException.class, () -> new ScoringWeights(BigDecimal.ONE.negate(), BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 50_000));
    }
}
