package fr.guichet.change;

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
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * Announces the approved interruptions whose day has come, every quarter of an hour. Every node runs its own; the
 * claim in {@link Changes} sends each announcement once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChangeAnnouncer {

    private static final Logger LOG = Logger.getLogger(ChangeAnnouncer.class.getName());
    private static final Duration EVERY = Duration.ofMinutes(15);

    @Resource
    private TimerService timers;

    @Inject
    private Changes changes;

    @Inject
    private Caller caller;

    @PostConstruct
    void schedule() {
        RepeatingTimer.start(timers, "change-announcer", EVERY);
    }

    @Timeout
    void run(Timer link) {
        RepeatingTimer.run(timers, link, EVERY, () -> {
            caller.actAsPlatform();
            int announced = changes.announceDue(LocalDate.now(ZoneId.of("Europe/Paris")));
            if (announced > 0) {
                LOG.info(() -> "Planned work announced: " + announced);
            }
        });
    }
}
