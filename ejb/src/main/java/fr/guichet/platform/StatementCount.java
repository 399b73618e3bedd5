package fr.guichet.platform;

import java.util.logging.Logger;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends on the current thread between {@link #start()} and
 * {@link #stop()}: the guard that keeps a call's statements few and fixed (an N+1 shows as a count that
 * grows). Registered in persistence.xml; costs one thread-local read per statement when nobody counts.
 */
public class StatementCount extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();
    private static final Logger LOG = Logger.getLogger(StatementCount.class.getName());
    /** With {@code -Dguichet.sql.statements.log=true}, each counted statement is also logged: to find which. */
    private static final boolean LOGGED = Boolean.getBoolean("guichet.sql.statements.log");

    public static void start() {
        COUNTING.set(new int[1]);
    }

    /** The statements since {@link #start()}, or -1 when counting had not started on this thread. */
    public static int stop() {
        int[] count = COUNTING.get();
        COUNTING.remove();
        return count == null ? -1 : count[0];
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        if (COUNTING.get() != null) {
            executing(event.getCall() instanceof DatabaseCall call ? call.getSQLString() : "?");
        }
    }

    /** Counts a statement sent without EclipseLink ({@link NativeReads}). */
    public static void executing(String sql) {
        int[] count = COUNTING.get();
        if (count != null) {
            count[0]++;
            if (LOGGED) {
                LOG.info(() -> "SQL " + count[0] + ": " + sql);
            }
        }
    }
}
