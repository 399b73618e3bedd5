package fr.guichet.cost;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.member.MemberDirectory;
import fr.guichet.security.Caller;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The distribution keys of each budget year. A year without keys of its own uses the latest earlier
 * year's; the first change to a year's keys gives it its own copy. Staff read them; the direction and
 * administrators record what the comité voted (audited).
 */
@Stateless
@SuppressWarnings("unchecked")
public class DistributionKeys {

    static final String ENTITY = "distribution_key";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MemberDirectory members;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    /** The keys that apply to a year, by name (staff). */
    public List<DistributionKey> of(int year) {
        caller.requireAnyRole(Role.DIRECTOR, Role.MANAGER, Role.ADMIN);
        return applying(year);
    }

    /**
     * The same for computing anyone's shares, without a role check: the keys are common to all
     * members (a commune sees its own share, never another's, through {@link AllocationService}).
     * A key without weights yet still applies: what it would share stays unallocated.
     */
    public List<DistributionKey> applying(int year) {
        List<Object[]> rows = em.createNativeQuery("SELECT k.budget_year, k.code, k.name, k.kind, w.member_id, w.weight"
                        + " FROM distribution_key k LEFT JOIN distribution_key_weight w ON w.key_id = k.id"
                        + " WHERE k.budget_year = (SELECT MAX(budget_year) FROM distribution_key WHERE budget_year <= ?)"
                        + " ORDER BY k.name, k.code")
                .setParameter(1, year).getResultList();
        Map<String, DistributionKey> keys = new LinkedHashMap<>();
        for (Object[] row : rows) {
            DistributionKey key = keys.computeIfAbsent((String) row[1], code -> new DistributionKey(
                    ((Number) row[0]).intValue(), code, (String) row[2], KeyKind.valueOf((String) row[3]), new TreeMap<>()));
            if (row[4] != null) {
                key.weights().put(((Number) row[4]).longValue(), (BigDecimal) row[5]);
            }
        }
        return new ArrayList<>(keys.values());
    }

    /**
     * Records a key of a year: its name, kind and weights (zero weights are left out). A name or kind
     * left empty keeps the key's current one, or for a new key its code and {@link KeyKind#VOTED}.
     */
    public DistributionKey save(int year, String code, String name, KeyKind kind, Map<Long, BigDecimal> weights) {
        caller.requireAnyRole(Role.DIRECTOR, Role.ADMIN);
        check(code, weights);
        if (name != null && (name.isBlank() || name.strip().length() > 150)) {
            throw new BusinessRuleException("allocation.key.name.invalid");
        }
        ownKeys(year);
        em.createNativeQuery("INSERT INTO distribution_key (budget_year, code, name, kind) VALUES (?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE name = COALESCE(?, name), kind = COALESCE(?, kind)")
                .setParameter(1, year).setParameter(2, code).setParameter(3, name == null ? code : name.strip())
                .setParameter(4, kind == null ? KeyKind.VOTED.name() : kind.name())
                .setParameter(5, name == null ? null : name.strip()).setParameter(6, kind == null ? null : kind.name())
                .executeUpdate();
        long keyId = ((Number) em.createNativeQuery("SELECT id FROM distribution_key WHERE budget_year = ? AND code = ?")
                .setParameter(1, year).setParameter(2, code).getSingleResult()).longValue();
        em.createNativeQuery("DELETE FROM distribution_key_weight WHERE key_id = ?").setParameter(1, keyId).executeUpdate();
        SortedMap<Long, BigDecimal> kept = new TreeMap<>();
        weights.forEach((member, weight) -> {
            if (weight.signum() > 0) {
                kept.put(member, weight.setScale(6, RoundingMode.HALF_UP));
            }
        });
        kept.forEach((member, weight) -> em.createNativeQuery(
                        "INSERT INTO distribution_key_weight (key_id, member_id, weight) VALUES (?, ?, ?)")
                .setParameter(1, keyId).setParameter(2, member).setParameter(3, weight).executeUpdate());
        audit.record("SAVE", ENTITY, year + "/" + code, null, kept.size() + " members, total weight "
                + kept.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros().toPlainString());
        return of(year).stream().filter(key -> key.code().equals(code)).findFirst().orElseThrow();
    }

    /** Creates a key voted by the comité, without weights yet; an existing code is refused, never emptied. */
    public DistributionKey create(int year, String code, String name) {
        caller.requireAnyRole(Role.DIRECTOR, Role.ADMIN);
        if (of(year).stream().anyMatch(key -> key.code().equals(code))) {
            throw new BusinessRuleException("allocation.key.exists", code);
        }
        return save(year, code, name, KeyKind.VOTED, Map.of());
    }

    /** Checks a key before it is saved or simulated. */
    public void check(String code, Map<Long, BigDecimal> weights) {
        KeyRules.check(code, weights, memberIds());
    }

    /** Gives a year its own copy of the latest earlier year's keys (names follow the year) when it has none yet. */
    public void ownKeys(int year) {
        caller.requireAnyRole(Role.DIRECTOR, Role.ADMIN);
        Number own = (Number) em.createNativeQuery("SELECT COUNT(*) FROM distribution_key WHERE budget_year = ?")
                .setParameter(1, year).getSingleResult();
        if (own.longValue() > 0) {
            return;
        }
        String latest = "(SELECT MAX(budget_year) FROM distribution_key WHERE budget_year < ?)";
        em.createNativeQuery("INSERT INTO distribution_key (budget_year, code, name, kind)"
                        + " SELECT ?, code, REPLACE(name, CAST(budget_year AS CHAR) COLLATE utf8mb4_unicode_ci,"
                        + " CAST(? AS CHAR) COLLATE utf8mb4_unicode_ci), kind FROM distribution_key"
                        + " WHERE budget_year = " + latest)
                .setParameter(1, year).setParameter(2, String.valueOf(year)).setParameter(3, year).executeUpdate();
        em.createNativeQuery("INSERT INTO distribution_key_weight (key_id, member_id, weight)"
                        + " SELECT mine.id, w.member_id, w.weight FROM distribution_key old"
                        + " JOIN distribution_key_weight w ON w.key_id = old.id"
                        + " JOIN distribution_key mine ON mine.code = old.code AND mine.budget_year = ?"
                        + " WHERE old.budget_year = " + latest)
                .setParameter(1, year).setParameter(2, year).executeUpdate();
    }

    private Set<Long> memberIds() {
        return members.names().keySet();
    }
}
