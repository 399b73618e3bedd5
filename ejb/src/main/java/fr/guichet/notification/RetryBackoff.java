package fr.guichet.notification;

import java.time.Duration;

/**
 * When to try a failed mail again: the delay doubles from {@code base} up to one hour; after
 * {@link #MAX_ATTEMPTS} attempts (about a day with the default base) the message is given up.
 */
public record RetryBackoff(Duration base) {

    public static final int MAX_ATTEMPTS = 30;
    private static final Duration CEILING = Duration.ofHours(1);

    public Duration delayAfter(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 20));
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(CEILING) > 0 ? CEILING : delay;
    }

    public boolean givesUpAfter(int attempts) {
        return attempts >= MAX_ATTEMPTS;
    }
}
