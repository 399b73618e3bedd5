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
import java.time.Instant;
import java.util.logging.Logger;

/** Sends the daily digests that are due, {@code guichet.digest.interval.seconds} (default 300) after the last pass. */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestTimer {

    private static final Logger LOG = Logger.getLogger(DigestTimer.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private DigestSender digests;

    @Inject
    private Caller caller;

    @PostConstruct
    void schedule() {
        RepeatingTimer.start(timers, "digest", Settings.digestInterval());
    }

    @Timeout
    void run(Timer link) {
        RepeatingTimer.run(timers, link, Settings.digestInterval(), () -> {
            caller.actAsPlatform();
            int sent = digests.sendDue(Instant.now());
            if (sent > 0) {
                LOG.info(() -> sent + " daily digest(s) queued");
            }
        });
    }
}
