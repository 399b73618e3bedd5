package fr.guichet.notification;

import fr.guichet.security.Caller;
import fr.guichet.common.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

/**
 * Polls the outbox on a fixed interval ({@code guichet.outbox.interval.seconds}). The timer is not
 * persistent: every node runs its own, and row locks in {@link OutboxDispatcher} keep them apart.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class OutboxSender {

    @Resource
    private TimerService timers;

    @Inject
    private OutboxDispatcher dispatcher;

    @Inject
    private Caller caller;

    @PostConstruct
    void schedule() {
        long interval = Settings.outboxInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("outbox", false));
    }

    /**
     * Sends batches while mail is due, for at most four fifths of the interval: the next tick never finds
     * this one still running (WildFly would warn and skip it).
     */
    @Timeout
    void sendDue() {
        caller.actAsPlatform();
        long deadline = System.nanoTime() + Settings.outboxInterval().toNanos() * 4 / 5;
        boolean more;
        do {
            more = dispatcher.deliverDue() == OutboxDispatcher.BATCH;
        } while (more && System.nanoTime() < deadline);
    }
}
