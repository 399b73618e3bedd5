package fr.guichet.demand;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.security.Caller;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The roadmap: quarters ({@code 2027-T1}) with the capacity managers give them and the load of the demands
 * planned in them. Every logged-in user reads it, like the backlog.
 */
@Stateless
public class Roadmap {

    private static final Pattern QUARTER = Pattern.compile("\\d{4}-T[1-4]");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    static boolean isQuarter(String code) {
        return code != null && QUARTER.matcher(code).matches();
    }

    /** Quarters from the first one with planned work or today, with capacity and load. */
    public List<QuarterLoad> quarters() {
        caller.required();
        List<Object[]> rows = em.createNativeQuery("SELECT q.code, q.capacity_days, COALESCE(SUM(d.effort_days), 0), COUNT(d.id)"
                + " FROM roadmap_quarter q LEFT JOIN demand d ON d.target_quarter = q.code AND d.state IN ('PLANNED', 'IN_PROGRESS')"
                + " GROUP BY q.code, q.capacity_days ORDER BY q.code").getResultList();
        return rows.stream().map(r -> new QuarterLoad((String) r[0], (BigDecimal) r[1], (BigDecimal) r[2],
                ((Number) r[3]).intValue())).toList();
    }

    /** Demands planned in a quarter, by rank. */
    public List<Demand> plannedIn(String quarter) {
        caller.required();
        return em.createQuery("SELECT d FROM Demand d WHERE d.targetQuarter = :quarter AND d.state IN :states"
                        + " ORDER BY d.rankPosition, d.id", Demand.class).setParameter("quarter", quarter)
                .setParameter("states", List.of(DemandState.PLANNED, DemandState.IN_PROGRESS)).getResultList();
    }

    /** Sets (or adds) a quarter's capacity. */
    public QuarterLoad setCapacity(@NotNull String quarter, @NotNull @Min(0) @Digits(integer = 6, fraction = 1) BigDecimal days) {
        caller.requireAnyRole(Role.MANAGER, Role.ADMIN);
        if (!isQuarter(quarter)) {
            throw new BusinessRuleException("demand.plan.quarterRequired");
        }
        RoadmapQuarter existing = em.find(RoadmapQuarter.class, quarter);
        if (existing == null) {
            em.persist(new RoadmapQuarter(quarter, days));
        } else {
            existing.changeCapacity(days);
        }
        audit.record("CAPACITY", "roadmap_quarter", quarter, null, days.toPlainString());
        em.flush();
        return load(quarter).orElseThrow();
    }

    /** A quarter's capacity and load, if the quarter is on the roadmap. */
    public Optional<QuarterLoad> load(String quarter) {
        return quarters().stream().filter(q -> q.code().equals(quarter)).findFirst();
    }
}
