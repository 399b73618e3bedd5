package fr.guichet.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PopulationShareTest {

    private static final List<PopulationShare.MemberPeriod> MEMBERS = List.of(
            new PopulationShare.MemberPeriod(1, 60_000, LocalDate.of(1971, 1, 1), null),
            new PopulationShare.MemberPeriod(2, 20_000, LocalDate.of(1971, 1, 1), null),
            new PopulationShare.MemberPeriod(3, 20_000, LocalDate.of(2027, 1, 1), null),
            new PopulationShare.MemberPeriod(4, 100_000, LocalDate.of(1990, 1, 1), LocalDate.of(2026, 12, 31)));

    @Test
    void sharesCountTheMembersOfTheDay() {
        Support support = PopulationShare.on(LocalDate.of(2026, 11, 23), MEMBERS, Set.of(2L, 4L));
        assertEquals(new Support(2, 3, 120_000, 180_000), support);
        assertEquals(new BigDecimal("0.6667"), support.memberShare());
        assertEquals(new BigDecimal("0.6667"), support.populationShare());
    }

    @Test
    void aMemberThatJoinsCountsFromItsFirstDay() {
        assertEquals(new Support(1, 3, 20_000, 180_000), PopulationShare.on(LocalDate.of(2026, 12, 31), MEMBERS, Set.of(3L, 2L)));
        assertEquals(new Support(2, 3, 40_000, 100_000), PopulationShare.on(LocalDate.of(2027, 1, 1), MEMBERS, Set.of(3L, 2L)));
    }

    @Test
    void aMemberThatLeftNoLongerCountsAfterItsLastDay() {
        assertEquals(new Support(1, 3, 100_000, 180_000), PopulationShare.on(LocalDate.of(2026, 12, 31), MEMBERS, Set.of(4L)));
        assertEquals(new Support(0, 3, 0, 100_000), PopulationShare.on(LocalDate.of(2027, 1, 1), MEMBERS, Set.of(4L)));
    }

    @Test
    void noMembersMeansNoShare() {
        assertEquals(BigDecimal.ZERO, PopulationShare.on(LocalDate.of(1950, 1, 1), MEMBERS, Set.of(1L)).populationShare());
    }
}
