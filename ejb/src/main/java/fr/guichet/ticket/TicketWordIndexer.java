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
    private static final int BATCH = 200;
    /** Batches a start or a tick does at most: a tick stays short, the next one goes on. */
    private static final int BATCHES_AT_START = 100;
    private static final int BATCHES_PER_TICK = 50;

    @Resource
    private TimerService timers;

    @Inject
    private TicketWordIndex index;

    @PostConstruct
    void start() {
        indexPending(BATCHES_AT_START);
        long interval = Settings.wordIndexInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("ticket-words", false));
    }

    @Timeout
    void tick() {
        indexPending(BATCHES_PER_TICK);
    }

    private void indexPending(int batches) {
        int indexed = 0;
        for (int i = 0; i < batches; i++) {
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
