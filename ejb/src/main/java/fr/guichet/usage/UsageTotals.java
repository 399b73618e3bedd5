package fr.guichet.usage;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The read-only face of {@code usage_value} for other domains (cost allocation, the direction's comparison):
 * aggregates only, one statement each. Only the usage domain writes the table. No caller check: callers are
 * services that checked their own caller's role.
 */
@Stateless
public class UsageTotals {

    @PersistenceContext
    private EntityManager em;

    /** Service → member → the sum of the months from {@code fromMonth} to {@code toMonth} (first days). */
    @SuppressWarnings("unchecked")
    public Map<Long, Map<Long, BigDecimal>> byServiceAndMember(LocalDate fromMonth, LocalDate toMonth) {
        Map<Long, Map<Long, BigDecimal>> totals = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT service_id, member_id, SUM(value) FROM usage_value"
                        + " WHERE month BETWEEN ? AND ? GROUP BY service_id, member_id")
                .setParameter(1, fromMonth.withDayOfMonth(1)).setParameter(2, toMonth.withDayOfMonth(1)).getResultList();
        rows.forEach(r -> totals.computeIfAbsent(((Number) r[0]).longValue(), service -> new HashMap<>())
                .put(((Number) r[1]).longValue(), (BigDecimal) r[2]));
        return totals;
    }

    /** Whether any month of the year has a value. */
    public boolean measured(int year) {
        Number measured = (Number) em.createNativeQuery("SELECT MAX(month) IS NOT NULL FROM usage_value WHERE month BETWEEN ? AND ?")
                .setParameter(1, LocalDate.of(year, 1, 1)).setParameter(2, LocalDate.of(year, 12, 1)).getSingleResult();
        return measured.intValue() == 1;
    }
}
