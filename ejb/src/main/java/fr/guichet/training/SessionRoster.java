package fr.guichet.training;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Seats of a training session: a newcomer gets a seat while some are free, else waits in line; when a
 * seat frees up, the longest-waiting registration gets it (ties broken by registration number).
 */
public final class SessionRoster {

    /** A registration as the roster sees it. */
    public record Entry(long id, RegistrationStatus status, Instant registeredAt) {
    }

    private final int seats;
    private final List<Entry> entries;

    public SessionRoster(int seats, List<Entry> entries) {
        this.seats = seats;
        this.entries = List.copyOf(entries);
    }

    public RegistrationStatus placeForNewcomer() {
        return confirmed() < seats ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
    }

    /** The waiting registrations that get a seat once {@code withdrawnId} is withdrawn (none to withdraw: -1). */
    public List<Long> promotionsAfterWithdrawing(long withdrawnId) {
        long stillConfirmed = entries.stream()
                .filter(e -> e.id() != withdrawnId && e.status() == RegistrationStatus.CONFIRMED).count();
        long free = Math.max(0, seats - stillConfirmed);
        return entries.stream()
                .filter(e -> e.id() != withdrawnId && e.status() == RegistrationStatus.WAITING)
                .sorted(Comparator.comparing(Entry::registeredAt).thenComparingLong(Entry::id))
                .limit(free)
                .map(Entry::id)
                .toList();
    }

    public long confirmed() {
        return entries.stream().filter(e -> e.status() == RegistrationStatus.CONFIRMED).count();
    }

    public long seatsLeft() {
        return Math.max(0, seats - confirmed());
    }
}
