package fr.guichet.ticket;

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
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Runs the SLA watch on a fixed interval ({@code guichet.sla.watch.interval.seconds}). Not persistent:
 * every node runs its own; row locks in {@link SlaWatch} keep them from doing the same work twice.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
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
        long interval = Settings.slaWatchInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("sla-watch", false));
    }

    @Timeout
    void run() {
        caller.actAsPlatform();
        SlaWatch.Pass pass = watch.check(Instant.now());
        if (pass.warnings() + pass.breaches() + pass.closed() > 0) {
            LOG.info(() -> "SLA watch: " + pass);
        }
    }
}
