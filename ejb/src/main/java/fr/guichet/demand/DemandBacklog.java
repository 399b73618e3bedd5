package fr.guichet.demand;

import fr.guichet.member.MemberDirectory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the stored figures of the backlog true: supporters count, score (member value moves with each
 * co-signature) and rank. Reads projections only (never another member's rows as entities), and runs in
 * the caller's transaction.
 */
@Dependent
class DemandBacklog {

    static final Set<DemandState> RANKED = EnumSet.of(DemandState.SUBMITTED, DemandState.STUDY, DemandState.SCORED,
            DemandState.PLANNED);
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MemberDirectory members;

    static LocalDate today() {
        return LocalDate.now(PARIS);
    }

    /** Support of the demand among today's members. */
    Support support(long demandId) {
        Set<Long> supporters = new HashSet<>(em.createQuery("SELECT s.memberId FROM DemandSupport s WHERE s.demandId = :id", Long.class)
                .setParameter("id", demandId).getResultList());
        return PopulationShare.on(today(), memberPeriods(), supporters);
    }

    List<PopulationShare.MemberPeriod> memberPeriods() {
        return members.all().stream()
                .map(m -> new PopulationShare.MemberPeriod(m.id(), m.population(), m.since(), m.until())).toList();
    }

    ScoringWeights weights() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT member_value, urgency, risk_reduction, inclusion, sovereignty,"
                + " day_rate_cents FROM scoring_weights WHERE id = 1").getSingleResult();
        return new ScoringWeights((BigDecimal) row[0], (BigDecimal) row[1], (BigDecimal) row[2], (BigDecimal) row[3],
                (BigDecimal) row[4], ((Number) row[5]).longValue());
    }

    ScoreBreakdown breakdown(Demand demand, ScoreMarks marks, ScoringWeights weights) {
        return DemandScoring.score(new ScoreInput(support(demand.getId()), demand.getDeadline(), today(), marks.riskReduction(),
                marks.inclusion(), marks.sovereignty(), marks.effortDays(), marks.costCents()), weights);
    }

    /** After a co-signature changed: count again, score again if scored. */
    void refresh(Demand demand) {
        long count = em.createQuery("SELECT COUNT(s) FROM DemandSupport s WHERE s.demandId = :id", Long.class)
                .setParameter("id", demand.getId()).getSingleResult();
        demand.countSupporters((int) count);
        if (demand.isScored()) {
            demand.rescore(breakdown(demand, demand.marks(), weights()).score());
        }
    }

    /** Ranks the open backlog again and stores the positions that changed. */
    void rerank() {
        em.flush();
        List<Object[]> rows = em.createQuery("SELECT d.id, d.score, d.supporters, d.createdAt, d.rankOverride, d.rankPosition"
                + " FROM Demand d WHERE d.state IN :ranked", Object[].class).setParameter("ranked", RANKED).getResultList();
        Map<Long, Integer> ranks = BacklogRanking.rank(rows.stream().map(r -> new BacklogRanking.Entry((Long) r[0],
                (BigDecimal) r[1], (Integer) r[2], (Instant) r[3], (Integer) r[4])).toList());
        for (Object[] row : rows) {
            Integer rank = ranks.get((Long) row[0]);
            if (!rank.equals(row[5])) {
                em.createQuery("UPDATE Demand d SET d.rankPosition = :rank WHERE d.id = :id")
                        .setParameter("rank", rank).setParameter("id", row[0]).executeUpdate();
            }
        }
        em.createQuery("UPDATE Demand d SET d.rankPosition = NULL WHERE d.state NOT IN :ranked AND d.rankPosition IS NOT NULL")
                .setParameter("ranked", RANKED).executeUpdate();
    }
}
