package fr.guichet.ticket;

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
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Runs the SLA watch {@code guichet.sla.watch.interval.seconds} after the last pass ended. Every node runs
 * its own; row locks in {@link SlaWatch} keep them from doing the same work twice.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlaWatchTimer {

    private static final Logger LOG = Logger.getLogger(SlaWatchTimer.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private SlaWatch watch;

    @Inject
    private Caller caller;

    @PostConstruct
    void schedule() {
        RepeatingTimer.start(timers, "sla-watch", Settings.slaWatchInterval());
    }

    @Timeout
    void run(Timer link) {
        RepeatingTimer.run(timers, link, Settings.slaWatchInterval(), () -> {
            caller.actAsPlatform();
            SlaWatch.Pass pass = watch.check(Instant.now());
            if (pass.warnings() + pass.breaches() + pass.closed() > 0) {
                LOG.info(() -> "SLA watch: " + pass);
            }
        });
    }
}
