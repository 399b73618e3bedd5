package fr.guichet.incident;

import fr.guichet.cmdb.ItemState;
import fr.guichet.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which members an incident hits: those with a subscription to one of its services that is delivered on the day
 * (active, started, not ended; a suspended subscription delivers nothing), and those running an item of one of its
 * services (in service or under maintenance), subscribed or not: a pilot or a free instance is hit all the same.
 * Staff adjust the result by hand.
 */
public final class AffectedMembers {

    /** An item as the rule needs it. */
    public record Item(long memberId, Long serviceId, ItemState state) {
    }

    /** A subscription as the rule needs it. */
    public record Subscribed(long memberId, long serviceId, SubscriptionStatus status, LocalDate start, LocalDate end) {
    }

    private AffectedMembers() {
    }

    public static SortedSet<Long> of(Set<Long> services, Collection<Subscribed> subscriptions, Collection<Item> items,
                                     LocalDate on) {
        SortedSet<Long> members = new TreeSet<>();
        for (Item item : items) {
            if (item.serviceId() != null && services.contains(item.serviceId()) && item.state().isRunning()) {
                members.add(item.memberId());
            }
        }
        for (Subscribed s : subscriptions) {
            if (services.contains(s.serviceId()) && s.status() == SubscriptionStatus.ACTIVE
                    && (s.start() == null || !s.start().isAfter(on)) && (s.end() == null || !s.end().isBefore(on))) {
                members.add(s.memberId());
            }
        }
        return members;
    }
}
