package fr.guichet.platform;

import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A background job that runs again a fixed delay after each run has ended. An interval timer fires on the
 * clock whatever the last run took: a long batch (mail, word indexing) made WildFly warn (WFLYEJB0043) and
 * skip the tick. Not persistent: every node runs its own chain; the jobs keep nodes apart with row locks.
 * The {@code @Timeout} method should not run in a transaction, so that the next run is scheduled at once.
 */
public final class RepeatingTimer {

    private static final Logger LOG = Logger.getLogger(RepeatingTimer.class.getName());

    private RepeatingTimer() {
    }

    /** Starts a chain whose first run comes after {@code delay}. */
    public static void start(TimerService timers, String name, Duration delay) {
        timers.createSingleActionTimer(delay.toMillis(), new TimerConfig(name, false));
    }

    /**
     * Runs one link of the chain and schedules the next. A failure is logged, not thrown: WildFly would
     * retry the link, and the retry would start a second chain.
     */
    public static void run(TimerService timers, Timer link, Duration delay, Runnable job) {
        try {
            job.run();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Background job " + link.getInfo() + " failed; next run in " + delay, failure);
        } finally {
            start(timers, String.valueOf(link.getInfo()), delay);
        }
    }
}
