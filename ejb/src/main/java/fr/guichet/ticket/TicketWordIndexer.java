package fr.guichet.ticket;

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
import java.util.logging.Logger;

/**
 * Gives words to tickets that have none (see {@link TicketWordIndex}): at start, so that a small database
 * is searchable at once, then every few seconds in short batches. Every node may run it: the batches skip
 * rows another node holds.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class TicketWordIndexer {

    private static final Logger LOG = Logger.getLogger(TicketWordIndexer.class.getName());
    private static final int BATCH = 500;
    /** A start indexes a small database at once, a larger one in the ticks that follow. */
    private static final int BATCHES_AT_START = 40;

    @Resource
    private TimerService timers;

    @Inject
    private TicketWordIndex index;

    @PostConstruct
    void start() {
        indexPending(BATCHES_AT_START, Long.MAX_VALUE);
        long interval = Settings.wordIndexInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("ticket-words", false));
    }

    /** At most four fifths of the interval, so that the next tick never finds this one still running. */
    @Timeout
    void tick() {
        indexPending(Integer.MAX_VALUE, System.nanoTime() + Settings.wordIndexInterval().toNanos() * 4 / 5);
    }

    private void indexPending(int batches, long deadline) {
        int indexed = 0;
        for (int i = 0; i < batches && System.nanoTime() < deadline; i++) {
            int done = index.indexPending(BATCH);
            indexed += done;
            if (done < BATCH) {
                break;
            }
        }
        if (indexed > 0) {
            int count = indexed;
            LOG.info(() -> "Ticket search: words of " + count + " ticket(s) indexed");
        }
    }
}
