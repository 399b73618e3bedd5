package fr.guichet.demand;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * The support of a demand among the members of a day: a member that has not joined yet, or has left,
 * counts neither as a supporter nor in the totals.
 */
public final class PopulationShare {

    /** A member's population and membership period ({@code until}: last day, null while still a member). */
    public record MemberPeriod(long memberId, long population, LocalDate since, LocalDate until) {
        boolean coversDay(LocalDate day) {
            return !since.isAfter(day) && (until == null || !day.isAfter(until));
        }
    }

    private PopulationShare() {
    }

    public static Support on(LocalDate day, Collection<MemberPeriod> members, Set<Long> supporters) {
        int count = 0;
        int total = 0;
        long population = 0;
        long totalPopulation = 0;
        for (MemberPeriod member : members) {
            if (!member.coversDay(day)) {
                continue;
            }
            total++;
            totalPopulation += member.population();
            if (supporters.contains(member.memberId())) {
                count++;
                population += member.population();
            }
        }
        return new Support(count, total, population, totalPopulation);
    }
}
