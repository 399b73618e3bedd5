package fr.guichet.automation;

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
 * Runs the timed rules {@code guichet.automation.interval.seconds} (default 300) after the last pass ended. Every
 * node runs its own; row locks in {@link TimedRules} keep them from acting twice.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AutomationTimer {

    private static final Logger LOG = Logger.getLogger(AutomationTimer.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private TimedRules timed;

    @Inject
    private Caller caller;

    @PostConstruct
    void schedule() {
        RepeatingTimer.start(timers, "automation", Settings.automationInterval());
    }

    @Timeout
    void run(Timer link) {
        RepeatingTimer.run(timers, link, Settings.automationInterval(), () -> {
            caller.actAsPlatform();
            int acted = timed.runAll(Instant.now());
            if (acted > 0) {
                LOG.info(() -> "Timed rules acted " + acted + " time(s)");
            }
        });
    }
}
