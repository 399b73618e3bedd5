package fr.guichet.demand;

import fr.guichet.audit.AuditLog;
import fr.guichet.catalog.FullTextQuery;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.Lookups;
import fr.guichet.common.MaxBytes;
import fr.guichet.common.NotFoundException;
import fr.guichet.common.Page;
import fr.guichet.common.PageRequest;
import fr.guichet.common.SqlValues;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The members' shared backlog. Commune users submit demands for their member and read every demand;
 * référents co-sign for their member; managers move demands through their states, merge them and record
 * decisions. Scores and ranks are {@link ScoringService}'s, quarters {@link Roadmap}'s, files
 * {@link DemandAttachments}'. Each change is in the history and the audit log, and the demand's supporters
 * hear of it by mail ({@link DemandMails}).
 */
@Stateless
public class DemandService {

    static final String ENTITY = "demand";
    
    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private DemandBacklog backlog;

    @Inject
    private DemandMails mails;

    @Inject
    private AuditLog audit;

    @Inject
    private Roadmap roadmap;

    public Demand submit(@NotNull @Valid NewDemand request) {
        CallerIdentity who = caller.requireAnyRole(Role.AGENT, Role.REFERENT);
        if (who.isStaff()) {
            throw new fr.guichet.security.AccessDeniedException();
        }
        Instant now = Instant.now();
        Demand demand = new Demand(request, who.memberId(), who.userId(), now);
        em.persist(demand);
        em.flush();
        demand.assignReference();
        em.persist(new DemandSupport(demand.getId(), who.memberId(), who.userId(), null, null, now));
        backlog.refresh(demand);
        record(demand, DemandEvent.Kind.SUBMITTED, demand.getTitle(), now);
        audit.record("CREATE", ENTITY, demand.getId(), who.memberId(), demand.getReference() + " — " + demand.getTitle());
        backlog.rerank();
        return reload(demand);
    }

    /** Every logged-in user reads every demand (the backlog is shared). */
    public Demand get(long id) {
        caller.required();
        Demand demand = em.find(Demand.class, id);
        if (demand == null) {
            throw new NotFoundException(ENTITY, id);
        }
        return demand;
    }

    /** The id of the demand with this reference (DEM-2026-0042), as in mails and merge forms. */
    public long idOf(String reference) {
        caller.required();
        return Lookups.idOfReference(em, Demand.class, reference, ENTITY);
    }

    public Page<DemandRow> search(@NotNull DemandFilter filter, @NotNull PageRequest page) {
        CallerIdentity who = caller.required();
        DemandSearch search = new DemandSearch(filter);
        Query count = em.createNativeQuery("SELECT COUNT(*)" + DemandSearch.FROM + search.where());
        Query rows = em.createNativeQuery(DemandSearch.COLUMNS + DemandSearch.FROM + search.where()
                + DemandSearch.order(filter.sort()) + " LIMIT " + page.size() + " OFFSET " + page.offset());
        rows.setParameter(1, who.memberId() == null ? -1L : who.memberId());
        List<Object> parameters = search.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            count.setParameter(i + 1, parameters.get(i));
            rows.setParameter(i + 2, parameters.get(i));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        long population = totalPopulation();
        List<?> found = rows.getResultList();
        return new Page<>(found.stream().map(row -> toRow((Object[]) row, population)).toList(), total, page.page(), page.size());
    }

    /** Open demands close to a title being typed, so that a commune co-signs instead of duplicating. */
    public List<DemandRow> similar(String title) {
        caller.required();
        String words = FullTextQuery.anyOf(title);
        if (words.isEmpty()) {
            return List.of();
        }
        List<?> found = em.createNativeQuery(DemandSearch.COLUMNS + DemandSearch.FROM
                        + " WHERE d.state NOT IN ('DELIVERED', 'DECLINED', 'MERGED')"
                        + " AND MATCH (d.title, d.description, d.expected_benefit) AGAINST (? IN BOOLEAN MODE)"
                        + " ORDER BY MATCH (d.title, d.description, d.expected_benefit) AGAINST (? IN BOOLEAN MODE) DESC, d.id LIMIT 5")
                .setParameter(1, caller.required().memberId() == null ? -1L : caller.required().memberId())
                .setParameter(2, words).setParameter(3, words).getResultList();
        long population = totalPopulation();
        return found.stream().map(row -> toRow((Object[]) row, population)).toList();
    }

    public List<Supporter> supporters(long id) {
        get(id);
        List<Object[]> rows = em.createQuery("SELECT m.id, m.name, m.population, u.fullName, s.comment, s.expectedUsers, s.signedAt"
                        + " FROM DemandSupport s, Member m, UserAccount u WHERE s.demandId = :id AND m.id = s.memberId"
                        + " AND u.id = s.signedBy ORDER BY s.signedAt, s.id", Object[].class)
                .setParameter("id", id).getResultList();
        return rows.stream().map(r -> new Supporter((Long) r[0], (String) r[1], ((Number) r[2]).longValue(), (String) r[3],
                (String) r[4], (Integer) r[5], (Instant) r[6])).toList();
    }

    /** A référent co-signs for their member, once. */
    public Demand support(long id, @Size(max = 1000) String comment, @Min(0) @Max(1_000_000) Integer expectedUsers) {
        CallerIdentity who = caller.requireAnyRole(Role.REFERENT);
        Demand demand = open(id);
        if (who.isStaff()) {
            throw new fr.guichet.security.AccessDeniedException();
        }
        if (supportOf(id, who.memberId()) != null) {
            throw new BusinessRuleException("demand.support.already");
        }
        Instant now = Instant.now();
        em.persist(new DemandSupport(id, who.memberId(), who.userId(), blankToNull(comment), expectedUsers, now));
        backlog.refresh(demand);
        record(demand, DemandEvent.Kind.SUPPORTED, who.memberName(), now);
        audit.record("SUPPORT", ENTITY, id, who.memberId(), demand.getReference());
        mails.supported(demand, who.memberName());
        backlog.rerank();
        return reload(demand);
    }

    /** A référent withdraws their member's co-signature. */
    public Demand withdraw(long id) {
        CallerIdentity who = caller.requireAnyRole(Role.REFERENT);
        Demand demand = open(id);
        DemandSupport support = who.isStaff() ? null : supportOf(id, who.memberId());
        if (support == null) {
            throw new BusinessRuleException("demand.support.none");
        }
        em.remove(support);
        Instant now = Instant.now();
        backlog.refresh(demand);
        record(demand, DemandEvent.Kind.WITHDRAWN, who.memberName(), now);
        audit.record("WITHDRAW", ENTITY, id, who.memberId(), demand.getReference());
        backlog.rerank();
        return reload(demand);
    }

    public DemandComment comment(long id, @NotNull @Size(min = 1, max = 20000) @MaxBytes(MaxBytes.TEXT) String body) {
        CallerIdentity who = caller.required();
        Demand demand = get(id);
        DemandComment comment = new DemandComment(demand.getId(), who.userId(), body.strip(), Instant.now());
        em.persist(comment);
        return comment;
    }

    public List<DemandComment> comments(long id) {
        get(id);
        return em.createQuery("SELECT c FROM DemandComment c WHERE c.demandId = :id ORDER BY c.createdAt, c.id", DemandComment.class)
                .setParameter("id", id).getResultList();
    }

    public List<DemandEvent> history(long id) {
        get(id);
        return em.createQuery("SELECT e FROM DemandEvent e WHERE e.demandId = :id ORDER BY e.occurredAt, e.id", DemandEvent.class)
                .setParameter("id", id).getResultList();
    }

    public List<DemandDecision> decisions(long id) {
        get(id);
        return em.createQuery("SELECT d FROM DemandDecision d WHERE d.demandId = :id ORDER BY d.decidedOn, d.id", DemandDecision.class)
                .setParameter("id", id).getResultList();
    }

    /**
     * A manager's transition, on one demand or several. Planning needs a quarter (a warning comes back when
     * it goes over capacity), delivering a resulting service or a note, declining a public reason.
     */
    public Transition act(@NotNull @Size(min = 1, max = 200) Collection<Long> ids, @NotNull DemandAction action,
                          @Size(max = 2000) String comment, String quarter, Long serviceId) {
        requireManager();
        String text = blankToNull(comment);
        if (action == DemandAction.DECLINE && text == null) {
            throw new BusinessRuleException("demand.decline.reasonRequired");
        }
        if (action == DemandAction.PLAN && (!Roadmap.isQuarter(quarter)
                || em.find(RoadmapQuarter.class, quarter) == null)) {
            throw new BusinessRuleException("demand.plan.quarterRequired");
        }
        if (action == DemandAction.DELIVER && serviceId == null && text == null) {
            throw new BusinessRuleException("demand.deliver.resultRequired");
        }
        Instant now = Instant.now();
        for (Long id : java.util.Set.copyOf(ids)) {
            Demand demand = get(id);
            demand.moveTo(DemandStateMachine.next(demand.getState(), action), now);
            if (action == DemandAction.PLAN) {
                demand.planFor(quarter);
            }
            if (action == DemandAction.DELIVER) {
                demand.deliveredAs(serviceId);
            }
            if (action == DemandAction.DECLINE) {
                demand.decline(text);
            }
            String detail = action == DemandAction.PLAN ? quarter + (text == null ? "" : " — " + text) : text;
            record(demand, DemandEvent.Kind.valueOf(action.name()), detail, now);
            audit.record(action.name(), ENTITY, id, demand.getMemberId(), demand.getState().name() + (detail == null ? "" : " — " + detail));
            mails.changed(demand);
        }
        backlog.rerank();
        QuarterLoad load = action == DemandAction.PLAN ? roadmap.load(quarter).orElse(null) : null;
        return new Transition(ids.size(), load != null && load.isOver() ? load : null);
    }

    /** What a transition did; {@code overCapacity} set when planning went past a quarter's capacity. */
    public record Transition(int count, QuarterLoad overCapacity) {
    }

    /** Merges a duplicate into another demand: its supporters and discussion follow, never counted twice. */
    public Demand merge(long id, long intoId) {
        requireManager();
        if (id == intoId) {
            throw new BusinessRuleException("demand.merge.same");
        }
        Demand source = open(id);
        Demand target = open(intoId);
        Instant now = Instant.now();
        for (DemandSupport support : em.createQuery("SELECT s FROM DemandSupport s WHERE s.demandId = :id", DemandSupport.class)
                .setParameter("id", id).getResultList()) {
            if (supportOf(intoId, support.getMemberId()) == null) {
                em.persist(new DemandSupport(intoId, support.getMemberId(), support.getSignedBy(), support.getComment(),
                        support.getExpectedUsers(), support.getSignedAt()));
            }
            em.remove(support);
        }
        em.createQuery("SELECT c FROM DemandComment c WHERE c.demandId = :id", DemandComment.class).setParameter("id", id)
                .getResultList().forEach(c -> c.moveTo(intoId));
        em.flush();
        source.mergeInto(intoId);
        source.moveTo(DemandState.MERGED, now);
        backlog.refresh(source);
        backlog.refresh(target);
        record(source, DemandEvent.Kind.MERGED, target.getReference(), now);
        record(target, DemandEvent.Kind.MERGED_IN, source.getReference(), now);
        audit.record("MERGE", ENTITY, id, source.getMemberId(), source.getReference() + " → " + target.getReference());
        mails.changed(source);
        mails.changed(target);
        backlog.rerank();
        return reload(target);
    }

    /** Records a decision of the comité syndical or the bureau. */
    public DemandDecision decide(long id, @NotNull LocalDate decidedOn, @NotNull DemandDecision.Body body,
                                 @NotNull DemandDecision.Outcome outcome, @NotNull @Size(min = 1, max = 20000) @MaxBytes(MaxBytes.TEXT) String text) {
        CallerIdentity who = caller.requireAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN);
        Demand demand = get(id);
        DemandDecision decision = new DemandDecision(id, decidedOn, body, outcome, text.strip(), who.login());
        em.persist(decision);
        Instant now = Instant.now();
        record(demand, DemandEvent.Kind.DECISION, body + " " + decidedOn + " : " + outcome, now);
        audit.record("DECISION", ENTITY, id, demand.getMemberId(), body + " " + outcome);
        mails.changed(demand);
        return decision;
    }

    /** Whether the caller's member co-signs the demand. */
    public boolean supportedByMyMember(long id) {
        CallerIdentity who = caller.required();
        return !who.isStaff() && supportOf(id, who.memberId()) != null;
    }

    private DemandSupport supportOf(long demandId, long memberId) {
        return em.createQuery("SELECT s FROM DemandSupport s WHERE s.demandId = :demand AND s.memberId = :member", DemandSupport.class)
                .setParameter("demand", demandId).setParameter("member", memberId).getResultStream().findFirst().orElse(null);
    }

    private Demand open(long id) {
        return get(id).requireOpen();
    }

    private Demand reload(Demand demand) {
        em.flush();
        em.refresh(demand);
        return demand;
    }

    private void requireManager() {
        caller.requireAnyRole(Role.MANAGER, Role.ADMIN);
    }

    private void record(Demand demand, DemandEvent.Kind kind, String detail, Instant now) {
        DemandEvent.record(em, demand, caller.login(), kind, detail, now);
    }

    private long totalPopulation() {
        return ((Number) em.createNativeQuery("SELECT COALESCE(SUM(m.population), 0) FROM member m WHERE "
                + DemandSearch.CURRENT_MEMBER).getSingleResult()).longValue();
    }

    private static DemandRow toRow(Object[] r, long totalPopulation) {
        long population = ((Number) r[7]).longValue();
        BigDecimal share = totalPopulation == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(population).divide(BigDecimal.valueOf(totalPopulation), 4, RoundingMode.HALF_UP);
        return new DemandRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], DemandKind.valueOf((String) r[3]),
                DemandState.valueOf((String) r[4]), (String) r[5], ((Number) r[6]).intValue(), share, (BigDecimal) r[8],
                r[9] == null ? null : ((Number) r[9]).intValue(), SqlValues.truth(r[10]), (String) r[11],
                SqlValues.instant(r[12]), SqlValues.truth(r[13]));
    }



    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
