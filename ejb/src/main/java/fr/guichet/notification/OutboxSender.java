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

    @Timeout
    void sendDue() {
        caller.actAsPlatform();
        for (Long id : dispatcher.dueMessageIds()) {
            dispatcher.deliver(id);
        }
    }
}
