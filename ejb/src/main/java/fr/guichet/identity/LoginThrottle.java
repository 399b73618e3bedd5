package fr.guichet.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The rule that slows down password guessing without letting a stranger lock anyone out: attempts are
 * counted per login and per client address; past a number of free attempts, the next one is refused
 * (without looking at the password) until a delay has passed since the last counted attempt, a delay that
 * doubles with each further attempt up to a ceiling. Refused attempts are not counted, so the owner who
 * waits the (short) delay always gets a real try. A series is forgotten once its window has passed.
 */
public record LoginThrottle(int freeAttempts, Duration firstDelay, Duration maxDelay, Duration window) {

    /** Per login: five tries, then 1 s, 2 s, 4 s... up to 15 min; reset by a success or after a day. */
    public static final LoginThrottle ACCOUNT = new LoginThrottle(5, Duration.ofSeconds(1), Duration.ofMinutes(15),
            Duration.ofDays(1));

    /**
     * Per client address, across logins (password spraying): generous, since a commune's agents may all
     * come through one address, and forgotten after an hour.
     */
    public static final LoginThrottle ADDRESS = new LoginThrottle(30, Duration.ofSeconds(1), Duration.ofMinutes(15),
            Duration.ofHours(1));

    /** Rows older than this are of no use to any rule: the sweep deletes them. */
    public static final Duration FORGOTTEN_AFTER = Duration.ofDays(2);

    /** The counted attempts of one login or one address: stored as a row of {@code login_throttle}. */
    public record Series(int attempts, Instant windowStart, Instant lastAttempt) {
    }

    /** How long after the last counted attempt the next one must wait, with this many attempts counted. */
    public Duration delay(int attempts) {
        int doublings = attempts - freeAttempts;
        if (doublings < 0) {
            return Duration.ZERO;
        }
        if (doublings >= 31) {
            return maxDelay;
        }
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** Until when attempts are refused, if they are at {@code now}; {@code series} may be null (none yet). */
    public Optional<Instant> delayedUntil(Series series, Instant now) {
        if (series == null || expired(series, now)) {
            return Optional.empty();
        }
        Instant until = series.lastAttempt().plus(delay(series.attempts()));
        return now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    public boolean admits(Series series, Instant now) {
        return delayedUntil(series, now).isEmpty();
    }

    /** The series once an attempt made at {@code now} is counted: a past window starts a new series. */
    public Series count(Series series, Instant now) {
        if (series == null || expired(series, now)) {
            return new Series(1, now, now);
        }
        return new Series(series.attempts() + 1, series.windowStart(), now);
    }

    private boolean expired(Series series, Instant now) {
        return !now.isBefore(series.windowStart().plus(window));
    }
}
