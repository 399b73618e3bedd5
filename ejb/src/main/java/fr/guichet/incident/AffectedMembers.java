package fr.guichet.incident;

import fr.guichet.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which members an incident hits: those with a subscription to one of its services that is delivered on the day
 * (active, started, not ended; a suspended subscription delivers nothing). Staff adjust the result by hand.
 */
public final class AffectedMembers {

    /** A subscription as the rule needs it. */
    public record Subscribed(long memberId, long serviceId, SubscriptionStatus status, LocalDate start, LocalDate end) {
    }

    private AffectedMembers() {
    }

    public static SortedSet<Long> of(Set<Long> services, Collection<Subscribed> subscriptions, LocalDate on) {
        SortedSet<Long> members = new TreeSet<>();
        for (Subscribed s : subscriptions) {
            if (services.contains(s.serviceId()) && s.status() == SubscriptionStatus.ACTIVE
                    && (s.start() == null || !s.start().isAfter(on)) && (s.end() == null || !s.end().isBefore(on))) {
                members.add(s.memberId());
            }
        }
        return members;
    }
}
