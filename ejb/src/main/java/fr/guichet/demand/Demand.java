package fr.guichet.demand;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.security.SharedAcrossMembers;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * A member's demand on the shared backlog. Every member reads it; its score, supporters count and rank
 * are stored so that the backlog sorts on indexes.
 */
@Entity
@Table(name = "demand")
@SharedAcrossMembers
public class Demand implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    private DemandKind kind;

    @Column(name = "expected_benefit")
    private String expectedBenefit;

    private LocalDate deadline;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "author_id")
    private Long authorId;

    @Enumerated(EnumType.STRING)
    private DemandState state;

    @Column(name = "risk_reduction")
    private Integer riskReduction;

    private Integer inclusion;

    private Integer sovereignty;

    @Column(name = "effort_days")
    private BigDecimal effortDays;

    @Column(name = "cost_cents")
    private Long costCents;

    private BigDecimal score;

    private int supporters;

    @Column(name = "rank_position")
    private Integer rankPosition;

    @Column(name = "rank_override")
    private Integer rankOverride;

    @Column(name = "override_reason")
    private String overrideReason;

    @Column(name = "target_quarter")
    private String targetQuarter;

    @Column(name = "delivered_service_id")
    private Long deliveredServiceId;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "demand_service", joinColumns = @JoinColumn(name = "demand_id"))
    @Column(name = "service_id")
    private Set<Long> serviceIds = new HashSet<>();

    @Version
    private int version;

    protected Demand() {
    }

    Demand(NewDemand request, long memberId, long authorId, Instant now) {
        this.title = request.title().strip();
        this.description = request.description().strip();
        this.kind = request.kind();
        this.expectedBenefit = request.expectedBenefit().strip();
        this.deadline = request.deadline();
        this.serviceIds = new HashSet<>(request.serviceIds() == null ? Set.of() : request.serviceIds());
        this.memberId = memberId;
        this.authorId = authorId;
        this.state = DemandState.SUBMITTED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** DEM-2026-0042: the year of submission (Paris) and the row's id. */
    void assignReference() {
        reference = String.format("DEM-%d-%04d", createdAt.atZone(ZoneId.of("Europe/Paris")).getYear(), id);
    }

    void moveTo(DemandState next, Instant now) {
        state = next;
        updatedAt = now;
    }

    void scoreWith(ScoreMarks marks, BigDecimal newScore, Instant now) {
        riskReduction = marks.riskReduction();
        inclusion = marks.inclusion();
        sovereignty = marks.sovereignty();
        effortDays = marks.effortDays();
        costCents = marks.costCents();
        score = newScore;
        updatedAt = now;
    }

    void rescore(BigDecimal newScore) {
        score = newScore;
    }

    void countSupporters(int count) {
        supporters = count;
    }

    void placeAt(Integer rank) {
        rankPosition = rank;
    }

    void overrideRank(Integer rank, String reason, Instant now) {
        rankOverride = rank;
        overrideReason = rank == null ? null : reason;
        updatedAt = now;
    }

    void planFor(String quarter) {
        targetQuarter = quarter;
    }

    void deliveredAs(Long serviceId) {
        deliveredServiceId = serviceId;
    }

    void decline(String reason) {
        declineReason = reason;
    }

    void mergeInto(long targetId) {
        mergedIntoId = targetId;
        rankPosition = null;
    }

    Integer riskReduction() {
        return riskReduction;
    }

    Integer inclusion() {
        return inclusion;
    }

    Integer sovereignty() {
        return sovereignty;
    }

    BigDecimal effortDays() {
        return effortDays;
    }

    Long costCents() {
        return costCents;
    }

    public boolean isScored() {
        return score != null;
    }

    public ScoreMarks marks() {
        return isScored() ? new ScoreMarks(riskReduction, inclusion, sovereignty, effortDays, costCents) : null;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public DemandKind getKind() {
        return kind;
    }

    public String getExpectedBenefit() {
        return expectedBenefit;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    /** This demand, when it is still open to changes (files, co-signing, scoring). */
    Demand requireOpen() {
        if (!state.isOpen()) {
            throw new BusinessRuleException("demand.closed", "demand.state." + state);
        }
        return this;
    }

    public DemandState getState() {
        return state;
    }

    public BigDecimal getScore() {
        return score;
    }

    public int getSupporters() {
        return supporters;
    }

    public Integer getRankPosition() {
        return rankPosition;
    }

    public Integer getRankOverride() {
        return rankOverride;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getTargetQuarter() {
        return targetQuarter;
    }

    public Long getDeliveredServiceId() {
        return deliveredServiceId;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<Long> getServiceIds() {
        return Set.copyOf(serviceIds);
    }
}
