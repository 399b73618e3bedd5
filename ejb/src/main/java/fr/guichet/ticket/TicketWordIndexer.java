package fr.guichet.ticket;

import fr.guichet.common.Settings;
import fr.guichet.platform.RepeatingTimer;
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
import java.util.logging.Logger;

/**
 * Gives words to tickets that have none (see {@link TicketWordIndex}): at start, so that a small database
 * is searchable at once, then a few seconds after each pass, in batches until none is left. Every node may
 * run it: the batches skip rows another node holds.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
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
        indexPending(BATCHES_AT_START);
        RepeatingTimer.start(timers, "ticket-words", Settings.wordIndexInterval());
    }

    @Timeout
    void tick(Timer link) {
        RepeatingTimer.run(timers, link, Settings.wordIndexInterval(), () -> indexPending(Integer.MAX_VALUE));
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
