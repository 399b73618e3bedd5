package fr.guichet.demand;

import fr.guichet.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Once the schema and data are in place, makes the backlog's stored figures true (see
 * {@link DemandService#refreshStoredFigures}). Runs as a timer, like the platform's other background work.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemandStartup {

    private static final Logger LOG = Logger.getLogger(DemandStartup.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private ScoringService scoring;

    @Inject
    private Caller caller;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(1, new TimerConfig("backlog-refresh", false));
    }

    @Timeout
    void refresh() {
        caller.actAsPlatform();
        int scored = scoring.refreshStoredFigures();
        if (scored > 0) {
            LOG.info(() -> "Backlog: " + scored + " demand(s) scored from their marks");
        }
    }
}
