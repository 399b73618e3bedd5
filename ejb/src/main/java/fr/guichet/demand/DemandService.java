package fr.guichet.demand;

import fr.guichet.common.MaxBytes;
import jakarta.validation.constraints.Digits;
import fr.guichet.audit.AuditLog;
import fr.guichet.catalog.FullTextQuery;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.NotFoundException;
import fr.guichet.common.Page;
import fr.guichet.common.PageRequest;
import fr.guichet.common.Settings;
import fr.guichet.common.SqlValues;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import fr.guichet.ticket.AttachmentService;
import fr.guichet.ticket.AttachmentTypes;
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
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The members' shared backlog. Commune users submit demands for their member and read every demand;
 * référents co-sign for their member; managers score, rank, plan, merge and decide. Each change is in
 * the history and the audit log, and the demand's supporters hear of it by mail ({@link DemandMails}).
 */
@Stateless
public class DemandService {

    static final String ENTITY = "demand";
    private static final Pattern QUARTER = Pattern.compile("\\d{4}-T[1-4]");

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
        return em.createQuery("SELECT d.id FROM Demand d WHERE d.reference = :reference", Long.class)
                .setParameter("reference", reference).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(ENTITY, reference));
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
     * Attaches a file to a demand (same limits and content check as ticket attachments): users of the
     * submitting member and managers.
     */
    public DemandAttachment attach(long id, String fileName, @NotNull byte[] content) {
        CallerIdentity who = caller.required();
        Demand demand = open(id);
        if (!(who.hasAnyRole(Role.MANAGER, Role.ADMIN) || demand.getMemberId().equals(who.memberId()))) {
            throw new fr.guichet.security.AccessDeniedException();
        }
        AttachmentTypes.Vetted file = AttachmentTypes.vet(fileName, content, Settings.attachmentMaxBytes());
        Instant now = Instant.now();
        DemandAttachment attachment = new DemandAttachment(id, file.name(), file.contentType(), content.length, file.sha256(),
                who.userId(), now);
        em.persist(attachment);
        em.flush();
        em.persist(new DemandAttachmentContent(attachment.getId(), content));
        audit.record("ATTACH", ENTITY, id, who.memberId(), file.name());
        return attachment;
    }

    public List<DemandAttachment> attachments(long id) {
        get(id);
        return em.createQuery("SELECT a FROM DemandAttachment a WHERE a.demandId = :id ORDER BY a.uploadedAt, a.id",
                DemandAttachment.class).setParameter("id", id).getResultList();
    }

    /** A demand's file: every member reads demands, so every logged-in user may download it. */
    public AttachmentService.Download download(long id, long attachmentId) {
        get(id);
        DemandAttachment attachment = em.find(DemandAttachment.class, attachmentId);
        if (attachment == null || !attachment.getDemandId().equals(id)) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return new AttachmentService.Download(attachment.getFileName(), attachment.getContentType(),
                em.find(DemandAttachmentContent.class, attachmentId).content());
    }

    /** A manager scores (or rescores) a demand on the documented criteria. */
    public Demand score(long id, @NotNull @Valid ScoreMarks marks) {
        requireManager();
        Demand demand = open(id);
        ScoreBreakdown breakdown = backlog.breakdown(demand, marks, backlog.weights());
        Instant now = Instant.now();
        demand.scoreWith(marks, breakdown.score(), now);
        demand.moveTo(DemandStateMachine.afterScoring(demand.getState()), now);
        record(demand, DemandEvent.Kind.SCORED, breakdown.score().toPlainString(), now);
        audit.record("SCORE", ENTITY, id, demand.getMemberId(), breakdown.score().toPlainString());
        mails.changed(demand);
        backlog.rerank();
        return reload(demand);
    }

    /** The score explained, computed again from the marks and today's support; null while unscored. */
    public ScoreBreakdown breakdown(long id) {
        Demand demand = get(id);
        return demand.isScored() ? backlog.breakdown(demand, demand.marks(), backlog.weights()) : null;
    }

    /** A manager puts a demand at a rank (with a written justification), or gives it back to the score (null). */
    public Demand overrideRank(long id, @Min(1) Integer rank, @Size(max = 1000) String justification) {
        requireManager();
        Demand demand = open(id);
        if (rank != null && blankToNull(justification) == null) {
            throw new BusinessRuleException("demand.override.reasonRequired");
        }
        Instant now = Instant.now();
        demand.overrideRank(rank, blankToNull(justification), now);
        record(demand, DemandEvent.Kind.RANK_OVERRIDE, rank == null ? null : rank + " — " + justification.strip(), now);
        audit.record("RANK_OVERRIDE", ENTITY, id, demand.getMemberId(), rank == null ? "score" : rank + " — " + justification.strip());
        backlog.rerank();
        return reload(demand);
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
        if (action == DemandAction.PLAN && (quarter == null || !QUARTER.matcher(quarter).matches()
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
        QuarterLoad load = action == DemandAction.PLAN ? roadmap().stream().filter(q -> q.code().equals(quarter)).findFirst()
                .orElse(null) : null;
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

    /** Quarters from the first one with planned work or today, with capacity and load. */
    public List<QuarterLoad> roadmap() {
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
        requireManager();
        if (!QUARTER.matcher(quarter).matches()) {
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
        return roadmap().stream().filter(q -> q.code().equals(quarter)).findFirst().orElseThrow();
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
            throw new fr.guichet.security.AccessDeniedException();
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
        Demand demand = get(id);
        if (!demand.getState().isOpen()) {
            throw new BusinessRuleException("demand.closed", "demand.state." + demand.getState());
        }
        return demand;
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
        em.persist(new DemandEvent(demand, caller.login(), kind, detail, now));
        // Inserted now: EclipseLink does not keep the persist order of new rows, and ids break time ties.
        em.flush();
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



    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
