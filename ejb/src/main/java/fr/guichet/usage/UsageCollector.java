package fr.guichet.usage;

import fr.guichet.common.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Computes the platform's usage values of a month: quantities subscribed (held at the month's end,
 * from the subscriptions' history), tickets opened, training days attended. The month's platform values are rewritten as a whole (idempotent, safe to run
 * twice); values entered or imported by managers are left as they are.
 */
@Stateless
public class UsageCollector {

    private static final String UPSERT = "INSERT INTO usage_value (service_id, month, member_id, value, source, updated_at, updated_by) ";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String KEEP_MANUAL = " ON DUPLICATE KEY UPDATE value = value";

    @PersistenceContext
    private EntityManager em;

    public int collect(YearMonth month) {
        var start = month.atDay(1);
        var end = month.atEndOfMonth();
        // The month's instants are cut at Paris midnight, like the dashboards' months.
        Timestamp from = SqlValues.timestamp(start.atStartOfDay(PARIS).toInstant());
        Timestamp until = SqlValues.timestamp(month.plusMonths(1).atDay(1).atStartOfDay(PARIS).toInstant());
        Instant now = Instant.now();
        em.createNativeQuery("DELETE FROM usage_value WHERE month = ? AND source = 'PLATFORM'").setParameter(1, start).executeUpdate();
        // The quantity held at the end of the month: the last change recorded before, else the current one.
        int written = em.createNativeQuery(UPSERT
                        + "SELECT s.service_id, ?, s.member_id, SUM(COALESCE((SELECT e.quantity_after FROM subscription_event e"
                        + " WHERE e.subscription_id = s.id AND e.occurred_at < ? ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1),"
                        + " s.quantity)), 'PLATFORM', ?, 'system' FROM subscription s"
                        + " JOIN catalog_service o ON o.id = s.service_id WHERE o.usage_source = 'SUBSCRIPTION'"
                        + " AND s.start_date <= ? AND (s.end_date IS NULL OR s.end_date >= ?)"
                        + " AND (s.status <> 'ENDED' OR s.end_date IS NOT NULL)"
                        + " GROUP BY s.service_id, s.member_id" + KEEP_MANUAL)
                .setParameter(1, start).setParameter(2, until).setParameter(3, SqlValues.timestamp(now))
                .setParameter(4, end).setParameter(5, start).executeUpdate();
        written += em.createNativeQuery(UPSERT
                        + "SELECT t.service_id, ?, t.member_id, COUNT(*), 'PLATFORM', ?, 'system' FROM catalog_service o"
                        + " JOIN ticket t ON t.service_id = o.id AND t.created_at >= ? AND t.created_at < ?"
                        + " WHERE o.usage_source = 'TICKETS' GROUP BY t.service_id, t.member_id" + KEEP_MANUAL)
                .setParameter(1, start).setParameter(2, SqlValues.timestamp(now)).setParameter(3, from)
                .setParameter(4, until).executeUpdate();
        written += em.createNativeQuery(UPSERT
                        + "SELECT ts.service_id, ?, r.member_id, SUM(ts.duration_days), 'PLATFORM', ?, 'system' FROM training_session ts"
                        + " JOIN catalog_service o ON o.id = ts.service_id JOIN training_registration r ON r.session_id = ts.id"
                        + " WHERE o.usage_source = 'TRAINING_DAYS' AND ts.starts_at >= ? AND ts.starts_at < ? AND r.attended = TRUE"
                        + " GROUP BY ts.service_id, r.member_id" + KEEP_MANUAL)
                .setParameter(1, start).setParameter(2, SqlValues.timestamp(now)).setParameter(3, from)
                .setParameter(4, until).executeUpdate();
        return written;
    }
}
