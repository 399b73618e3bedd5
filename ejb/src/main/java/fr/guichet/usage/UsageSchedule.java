package fr.guichet.usage;

import fr.guichet.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * Keeps the platform's usage values current: every night for this month and the last (late
 * attendance records), and at start-up for the last two years, so the dashboards and the cost
 * sharing of this year and the previous one read true figures.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class UsageSchedule {

    private static final Logger LOG = Logger.getLogger(UsageSchedule.class.getName());
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int MONTHS_AT_START = 24;

    @Resource
    private TimerService timers;

    @Inject
    private UsageCollector collector;

    @Inject
    private Caller caller;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(1, new TimerConfig("usage-start", false));
    }

    @Timeout
    void atStart() {
        caller.actAsPlatform();
        YearMonth month = YearMonth.now(PARIS);
        int written = 0;
        for (int back = 0; back < MONTHS_AT_START; back++) {
            written += collector.collect(month.minusMonths(back));
        }
        int total = written;
        LOG.info(() -> "Usage: " + total + " platform value(s) computed over " + MONTHS_AT_START + " months");
    }

    @Schedule(hour = "2", minute = "30", persistent = false)
    void nightly() {
        caller.actAsPlatform();
        YearMonth month = YearMonth.now(PARIS);
        collector.collect(month.minusMonths(1));
        collector.collect(month);
    }
}
