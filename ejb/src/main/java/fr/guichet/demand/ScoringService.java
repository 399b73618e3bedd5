package fr.guichet.demand;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.security.AccessDeniedException;
import fr.guichet.security.Caller;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * Scores and ranks of the backlog: managers score demands on the documented criteria ({@link DemandBacklog}
 * computes) or set a rank with a justification; the direction changes the weights, and every scored demand
 * is scored again. Each change is in the history and the audit log; the backlog is reranked after it.
 */
@Stateless
public class ScoringService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private DemandService demands;

    @Inject
    private DemandBacklog backlog;

    @Inject
    private DemandMails mails;

    @Inject
    private AuditLog audit;

    /** A manager scores (or rescores) a demand on the documented criteria. */
    public Demand score(long id, @NotNull @Valid ScoreMarks marks) {
        caller.requireAnyRole(Role.MANAGER, Role.ADMIN);
        Demand demand = demands.get(id).requireOpen();
        ScoreBreakdown breakdown = backlog.breakdown(demand, marks, backlog.weights());
        Instant now = Instant.now();
        demand.scoreWith(marks, breakdown.score(), now);
        demand.moveTo(DemandStateMachine.afterScoring(demand.getState()), now);
        record(demand, DemandEvent.Kind.SCORED, breakdown.score().toPlainString(), now);
        audit.record("SCORE", DemandService.ENTITY, id, demand.getMemberId(), breakdown.score().toPlainString());
        mails.changed(demand);
        backlog.rerank();
        return reload(demand);
    }

    /** The score explained, computed again from the marks and today's support; null while unscored. */
    public ScoreBreakdown breakdown(long id) {
        Demand demand = demands.get(id);
        return demand.isScored() ? backlog.breakdown(demand, demand.marks(), backlog.weights()) : null;
    }

    /** A manager puts a demand at a rank (with a written justification), or gives it back to the score (null). */
    public Demand overrideRank(long id, @Min(1) Integer rank, @Size(max = 1000) String justification) {
        caller.requireAnyRole(Role.MANAGER, Role.ADMIN);
        Demand demand = demands.get(id).requireOpen();
        if (rank != null && DemandService.blankToNull(justification) == null) {
            throw new BusinessRuleException("demand.override.reasonRequired");
        }
        Instant now = Instant.now();
        demand.overrideRank(rank, DemandService.blankToNull(justification), now);
        record(demand, DemandEvent.Kind.RANK_OVERRIDE, rank == null ? null : rank + " — " + justification.strip(), now);
        audit.record("RANK_OVERRIDE", DemandService.ENTITY, id, demand.getMemberId(), rank == null ? "score" : rank + " — " + justification.strip());
        backlog.rerank();
        return reload(demand);
    }

    public ScoringWeights weights() {
        caller.required();
        return backlog.weights();
    }

    /** The direction changes the weights; every scored demand is scored again and the backlog reranked. */
    public ScoringWeights changeWeights(@NotNull ScoringWeights weights) {
        caller.requireAnyRole(Role.DIRECTOR, Role.ADMIN);
        em.createNativeQuery("UPDATE scoring_weights SET member_value = ?, urgency = ?, risk_reduction = ?, inclusion = ?,"
                        + " sovereignty = ?, day_rate_cents = ?, updated_at = UTC_TIMESTAMP(3) WHERE id = 1")
                .setParameter(1, weights.memberValue()).setParameter(2, weights.urgency()).setParameter(3, weights.riskReduction())
                .setParameter(4, weights.inclusion()).setParameter(5, weights.sovereignty()).setParameter(6, weights.dayRateCents())
                .executeUpdate();
        for (Demand demand : em.createQuery("SELECT d FROM Demand d WHERE d.score IS NOT NULL AND d.state IN :ranked", Demand.class)
                .setParameter("ranked", DemandBacklog.RANKED).getResultList()) {
            demand.rescore(backlog.breakdown(demand, demand.marks(), weights).score());
        }
        audit.record("WEIGHTS", "scoring_weights", 1, null, weights.toString());
        backlog.rerank();
        return weights;
    }

    /**
     * Makes the stored figures true for demands written straight into the database (demo data, imports):
     * supporters counted, scores computed from their marks, the backlog ranked. Run by the platform at start-up.
     */
    public int refreshStoredFigures() {
        if (!caller.isPlatform()) {
            throw new AccessDeniedException();
        }
        em.createNativeQuery("UPDATE demand d SET d.supporters = (SELECT COUNT(*) FROM demand_support s WHERE s.demand_id = d.id)")
                .executeUpdate();
        List<Demand> unscored = em.createQuery("SELECT d FROM Demand d WHERE d.score IS NULL AND d.effortDays IS NOT NULL"
                + " AND d.riskReduction IS NOT NULL", Demand.class).getResultList();
        ScoringWeights weights = backlog.weights();
        for (Demand demand : unscored) {
            em.refresh(demand);
            demand.rescore(backlog.breakdown(demand, new ScoreMarks(demand.riskReduction(), demand.inclusion(),
                    demand.sovereignty(), demand.effortDays(), demand.costCents()), weights).score());
        }
        backlog.rerank();
        return unscored.size();
    }

    private void record(Demand demand, DemandEvent.Kind kind, String detail, Instant now) {
        DemandEvent.record(em, demand, caller.login(), kind, detail, now);
    }

    private Demand reload(Demand demand) {
        em.flush();
        em.refresh(demand);
        return demand;
    }
}
