package fr.guichet.ticket;

import fr.guichet.security.MemberOwned;
import fr.guichet.sla.SlaClock;
import fr.guichet.sla.SlaTarget;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A support ticket of a member. Its SLA dates are stored (not computed on read) so that queues sort by
 * due date on an index and the watch timer finds what falls due with an indexed range query; they are
 * recomputed whenever the clock stops or resumes.
 */
@Entity
@Table(name = "ticket")
public class Ticket implements MemberOwned, Serializable {

    private static final long serialVersionUID = 1L;

    /** A warning goes out once this share of a target is used. */
    static final int WARNING_PERCENT = 75;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    @Enumerated(EnumType.STRING)
    private TicketType type;

    private String subject;

    private String description;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "requester_id")
    private Long requesterId;

    @Column(name = "service_id")
    private Long serviceId;

    @Enumerated(EnumType.STRING)
    private Impact impact;

    @Enumerated(EnumType.STRING)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    private TicketStatus status;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Enumerated(EnumType.STRING)
    private Channel source;

    @Column(name = "calendar_code")
    private String calendarCode;

    @Column(name = "first_response_minutes")
    private int firstResponseMinutes;

    @Column(name = "resolution_minutes")
    private int resolutionMinutes;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "first_responded_at")
    private Instant firstRespondedAt;

    @Column(name = "first_response_warn_at")
    private Instant firstResponseWarnAt;

    @Column(name = "first_response_due")
    private Instant firstResponseDue;

    @Column(name = "resolution_warn_at")
    private Instant resolutionWarnAt;

    @Column(name = "resolution_due")
    private Instant resolutionDue;

    @Column(name = "first_response_warned")
    private boolean firstResponseWarned;

    @Column(name = "resolution_warned")
    private boolean resolutionWarned;

    @Column(name = "first_response_breached")
    private boolean firstResponseBreached;

    @Column(name = "resolution_breached")
    private boolean resolutionBreached;

    @Column(name = "paused_since")
    private Instant pausedSince;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "resolution_note")
    private String resolutionNote;

    private Integer rating;

    @Column(name = "resolution_business_minutes")
    private Integer resolutionBusinessMinutes;

    @Column(name = "rating_comment")
    private String ratingComment;

    @ElementCollection
    @CollectionTable(name = "ticket_watcher", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "user_id")
    private Set<Long> watcherIds = new HashSet<>();

    /** Written TRUE with the ticket's words ({@link TicketWordIndex}); bulk-loaded rows get them later. */
    @Column(name = "search_indexed", updatable = false)
    private boolean searchIndexed = true;

    @Version
    private int version;

    protected Ticket() {
    }

    Ticket(NewTicket request, long memberId, long requesterId, Priority priority, long groupId, Channel source,
           SlaTarget target, Instant now) {
        this.type = request.type();
        this.subject = request.subject().strip();
        this.description = request.description().strip();
        this.memberId = memberId;
        this.requesterId = requesterId;
        this.serviceId = request.serviceId();
        this.impact = request.impact();
        this.urgency = request.urgency();
        this.priority = priority;
        this.status = TicketStatus.NEW;
        this.groupId = groupId;
        this.source = source;
        this.calendarCode = target.calendarCode();
        this.firstResponseMinutes = target.firstResponseMinutes();
        this.resolutionMinutes = target.resolutionMinutes();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** GUI-2026-000123: the year of creation (Paris) and the row's id, so unique without a counter. */
    void assignReference() {
        reference = TicketReference.of(createdAt.atZone(ZoneId.of("Europe/Paris")).getYear(), id);
    }

    /** Due and warning dates from the targets, the calendar and the pauses so far; none while paused. */
    void schedule(SlaClock clock, List<SlaClock.Pause> pauses) {
        if (firstRespondedAt == null) {
            firstResponseDue = clock.due(createdAt, firstResponseMinutes, pauses).orElse(null);
            firstResponseWarnAt = clock.due(createdAt, warningMinutes(firstResponseMinutes), pauses).orElse(null);
        }
        resolutionDue = clock.due(createdAt, resolutionMinutes, pauses).orElse(null);
        resolutionWarnAt = clock.due(createdAt, warningMinutes(resolutionMinutes), pauses).orElse(null);
    }

    static long warningMinutes(int targetMinutes) {
        return (long) targetMinutes * WARNING_PERCENT / 100;
    }

    void moveTo(TicketStatus next, Instant now) {
        if (next.pausesTheClock() || next == TicketStatus.RESOLVED) {
            pausedSince = pausedSince == null ? now : pausedSince;
        } else {
            pausedSince = null;
        }
        if (next == TicketStatus.RESOLVED) {
            resolvedAt = now;
            resolutionBreached |= resolutionDue != null && now.isAfter(resolutionDue);
        }
        if (next == TicketStatus.CLOSED) {
            closedAt = now;
        }
        status = next;
        updatedAt = now;
    }

    /** The first public word of the syndicate stops the first-response clock. */
    void recordFirstResponse(Instant now) {
        if (firstRespondedAt == null) {
            firstRespondedAt = now;
            firstResponseBreached |= firstResponseDue != null && now.isAfter(firstResponseDue);
        }
    }

    void assignTo(long group, Long assignee, Instant now) {
        groupId = group;
        assigneeId = assignee;
        updatedAt = now;
    }

    /** Business time from opening to resolution, pauses left out: what the dashboards take the median of. */
    void recordResolutionTime(Duration businessTime) {
        resolutionBusinessMinutes = (int) Math.min(Integer.MAX_VALUE, businessTime.toMinutes());
    }

    void recordResolutionNote(String note) {
        resolutionNote = note;
    }

    void rate(int stars, String comment) {
        rating = stars;
        ratingComment = comment;
    }

    void markWarned(SlaTargetKind kind) {
        if (kind == SlaTargetKind.FIRST_RESPONSE) {
            firstResponseWarned = true;
        } else {
            resolutionWarned = true;
        }
    }

    void markBreached(SlaTargetKind kind) {
        if (kind == SlaTargetKind.FIRST_RESPONSE) {
            firstResponseBreached = true;
        } else {
            resolutionBreached = true;
        }
    }

    void watch(long userId) {
        watcherIds.add(userId);
    }

    void unwatch(long userId) {
        watcherIds.remove(userId);
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    public boolean isOpen() {
        return status != TicketStatus.RESOLVED && status != TicketStatus.CLOSED;
    }

    @Override
    public Long owningMemberId() {
        return memberId;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public TicketType getType() {
        return type;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getRequesterId() {
        return requesterId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public Impact getImpact() {
        return impact;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public Priority getPriority() {
        return priority;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public Channel getSource() {
        return source;
    }

    public String getCalendarCode() {
        return calendarCode;
    }

    public int getFirstResponseMinutes() {
        return firstResponseMinutes;
    }

    public int getResolutionMinutes() {
        return resolutionMinutes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getFirstRespondedAt() {
        return firstRespondedAt;
    }

    public Instant getFirstResponseDue() {
        return firstResponseDue;
    }

    public Instant getFirstResponseWarnAt() {
        return firstResponseWarnAt;
    }

    public Instant getResolutionDue() {
        return resolutionDue;
    }

    public Instant getResolutionWarnAt() {
        return resolutionWarnAt;
    }

    public boolean isFirstResponseBreached() {
        return firstResponseBreached;
    }

    public boolean isResolutionBreached() {
        return resolutionBreached;
    }

    public Instant getPausedSince() {
        return pausedSince;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    public Integer getResolutionBusinessMinutes() {
        return resolutionBusinessMinutes;
    }

    public Integer getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public Set<Long> getWatcherIds() {
        return Set.copyOf(watcherIds);
    }
}
