package fr.guichet.notification;

import fr.guichet.common.Settings;
import fr.guichet.platform.RepeatingTimer;
import fr.guichet.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Polls the outbox ({@code guichet.outbox.interval.seconds} after the last poll ended) and sends batches
 * until nothing is due. Every node runs its own timer; row locks in {@link OutboxDispatcher} keep them apart.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    @Resource
    private TimerService timers;

    @Inject
    private OutboxDispatcher dispatcher;

    @Inject
    private Caller caller;

    @PostConstruct
    void schedule() {
        RepeatingTimer.start(timers, "outbox", Settings.outboxInterval());
    }

    @Timeout
    void sendDue(Timer link) {
        RepeatingTimer.run(timers, link, Settings.outboxInterval(), () -> {
            caller.actAsPlatform();
            while (dispatcher.deliverDue() == OutboxDispatcher.BATCH) {
                // a full batch: more may be due
            }
        });
    }
}
