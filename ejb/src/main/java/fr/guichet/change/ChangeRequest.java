package fr.guichet.change;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/** A change: the syndicate's own record, read by its staff; communes read only its public summary and window. */
@Entity
@Table(name = "change_request")
public class ChangeRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    private String title;

    @Column(name = "public_summary")
    private String publicSummary;

    private String plan;

    @Column(name = "backout_plan")
    private String backoutPlan;

    @Enumerated(EnumType.STRING)
    private ChangeRisk risk;

    private boolean interrupts;

    @Column(name = "window_start")
    private Instant windowStart;

    @Column(name = "window_end")
    private Instant windowEnd;

    @Enumerated(EnumType.STRING)
    private ChangeStatus status;

    @Column(name = "problem_id")
    private Long problemId;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "announce_on")
    private LocalDate announceOn;

    @Column(name = "announced_at")
    private Instant announcedAt;

    @Column(name = "announced_to")
    private int announcedTo;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "change_service", joinColumns = @JoinColumn(name = "change_id"))
    @Column(name = "service_id")
    private Set<Long> serviceIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "change_item", joinColumns = @JoinColumn(name = "change_id"))
    @Column(name = "item_id")
    private Set<Long> itemIds = new HashSet<>();

    @Version
    private int version;

    protected ChangeRequest() {
    }

    ChangeRequest(ChangeDraft draft, String requestedBy, Instant now) {
        change(draft);
        this.requestedBy = requestedBy;
        this.createdAt = now;
        this.status = ChangeStatus.DRAFT;
    }

    /** CHG-2026-0004: the year it was created (Paris time) and its number. */
    void assignReference() {
        reference = String.format("CHG-%d-%04d", createdAt.atZone(ZoneId.of("Europe/Paris")).getYear(), id);
    }

    final void change(ChangeDraft draft) {
        title = draft.title();
        publicSummary = draft.publicSummary();
        plan = draft.plan();
        backoutPlan = draft.backoutPlan();
        risk = draft.risk();
        interrupts = draft.interrupts();
        windowStart = draft.windowStart();
        windowEnd = draft.windowEnd();
        serviceIds.clear();
        serviceIds.addAll(draft.serviceIds());
        itemIds.clear();
        itemIds.addAll(draft.itemIds());
        problemId = draft.problemId();
    }

    void moveTo(ChangeStatus next, String who, String note, Instant now) {
        if (next == ChangeStatus.APPROVED || next == ChangeStatus.REJECTED) {
            decidedBy = who;
            decidedAt = now;
            decisionNote = note;
        } else if (next == ChangeStatus.IN_PROGRESS) {
            startedAt = now;
        } else if (next == ChangeStatus.DONE || next == ChangeStatus.FAILED) {
            endedAt = now;
        }
        status = next;
    }

    void announceOn(LocalDate day) {
        announceOn = day;
    }

    void announced(Instant at, int recipients) {
        announcedAt = at;
        announcedTo = recipients;
    }

    public ChangeDraft draft() {
        return new ChangeDraft(title, publicSummary, plan, backoutPlan, risk, interrupts, windowStart, windowEnd, serviceIds, itemIds,
                problemId);
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

    public String getPublicSummary() {
        return publicSummary;
    }

    public String getPlan() {
        return plan;
    }

    public String getBackoutPlan() {
        return backoutPlan;
    }

    public ChangeRisk getRisk() {
        return risk;
    }

    public boolean isInterrupts() {
        return interrupts;
    }

    public Instant getWindowStart() {
        return windowStart;
    }

    public Instant getWindowEnd() {
        return windowEnd;
    }

    public ChangeStatus getStatus() {
        return status;
    }

    public Long getProblemId() {
        return problemId;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public LocalDate getAnnounceOn() {
        return announceOn;
    }

    public Instant getAnnouncedAt() {
        return announcedAt;
    }

    public int getAnnouncedTo() {
        return announcedTo;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Set<Long> getServiceIds() {
        return serviceIds;
    }

    public Set<Long> getItemIds() {
        return itemIds;
    }

    public int getVersion() {
        return version;
    }
}
