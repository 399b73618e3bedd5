package fr.guichet.catalog;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The read-only face of {@code catalog_service} for other domains (costs, reports, usage): names and the few
 * columns they show, one statement each, whatever the service's visibility. Only the catalogue writes the
 * table. No caller check: callers are services that checked their own caller's role.
 */
@Stateless
public class ServiceDirectory {

    /** A service that counts a usage indicator (e.g. mailboxes, users). */
    public record Measured(long id, String code, String name, String indicator, String unit) {
    }

    /** A service still offered or being prepared, with how it is funded. */
    public record Offered(long id, String code, String name, String fundingMode) {
    }

    @PersistenceContext
    private EntityManager em;

    /** Every service's name, by id (retired ones too: past budgets name them). */
    @SuppressWarnings("unchecked")
    public Map<Long, String> names() {
        Map<Long, String> names = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT id, name FROM catalog_service").getResultList();
        rows.forEach(r -> names.put(((Number) r[0]).longValue(), (String) r[1]));
        return names;
    }

    /** Services with a usage indicator, by name. */
    @SuppressWarnings("unchecked")
    public List<Measured> measured() {
        List<Object[]> rows = em.createNativeQuery("SELECT id, code, name, usage_indicator, usage_unit FROM catalog_service"
                + " WHERE usage_indicator IS NOT NULL ORDER BY name").getResultList();
        return rows.stream().map(r -> new Measured(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4])).toList();
    }

    /** Services not retired, by name; one of them when {@code onlyId} is set. */
    @SuppressWarnings("unchecked")
    public List<Offered> offered(Long onlyId) {
        Query query = em.createNativeQuery("SELECT id, code, name, funding_mode FROM catalog_service"
                + " WHERE lifecycle <> 'RETIRED'" + (onlyId == null ? "" : " AND id = ?") + " ORDER BY name");
        if (onlyId != null) {
            query.setParameter(1, onlyId);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Offered(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }
}
