package fr.guichet.ticket;

import fr.guichet.security.MemberOwned;
import fr.guichet.sla.Impact;
import fr.guichet.sla.Priority;
import fr.guichet.sla.SlaClock;
import fr.guichet.sla.SlaTarget;
import fr.guichet.sla.TicketType;
import fr.guichet.sla.Urgency;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
 * A support ticket of a member: who asked what, its priority, status and assignment, its resolution and
 * rating. Where it stands against its service levels is its {@link TicketSla}.
 */
@Entity
@Table(name = "ticket")
public class Ticket implements MemberOwned, Serializable {

    private static final long serialVersionUID = 1L;

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

    @Column(name = "configuration_item_id")
    private Long configurationItemId;

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

    @Embedded
    private TicketSla sla;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

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

    /** Related tickets; each link is stored on both tickets ({@link TicketRelations#link}). */
    @ElementCollection
    @CollectionTable(name = "ticket_link", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "linked_id")
    private Set<Long> linkedIds = new HashSet<>();

    /** The ticket that carries on once this one was merged into it as a duplicate. */
    @Column(name = "merged_into_id")
    private Long mergedIntoId;

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
        this.configurationItemId = request.configurationItemId();
        this.impact = request.impact();
        this.urgency = request.urgency();
        this.priority = priority;
        this.status = TicketStatus.NEW;
        this.groupId = groupId;
        this.source = source;
        this.sla = new TicketSla(target);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** GUI-2026-000123: the year of creation (Paris) and the row's id, so unique without a counter. */
    void assignReference() {
        reference = TicketReference.of(createdAt.atZone(ZoneId.of("Europe/Paris")).getYear(), id);
    }

    /** Due and warning dates from the targets, the calendar and the pauses so far; none while paused. */
    void schedule(SlaClock clock, List<SlaClock.Pause> pauses) {
        sla.schedule(createdAt, clock, pauses);
    }

    void moveTo(TicketStatus next, Instant now) {
        sla.statusChanged(next, now);
        if (next == TicketStatus.RESOLVED) {
            resolvedAt = now;
        }
        if (next == TicketStatus.CLOSED) {
            closedAt = now;
        }
        status = next;
        updatedAt = now;
    }

    /** Staff corrected what the ticket is; its dates are computed again by the caller (the pauses are not here). */
    void reclassify(TicketClassification to, Priority newPriority, SlaTarget target, Instant now) {
        type = to.type();
        serviceId = to.serviceId();
        impact = to.impact();
        urgency = to.urgency();
        priority = newPriority;
        sla.retarget(target);
        updatedAt = now;
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

    void watch(long userId) {
        watcherIds.add(userId);
    }

    void unwatch(long userId) {
        watcherIds.remove(userId);
    }

    /** Closed as a duplicate: its conversation now lives on {@code into}. */
    void closeAsMergedInto(long into, Instant now) {
        moveTo(TicketStatus.CLOSED, now);
        mergedIntoId = into;
    }

    void link(long otherId) {
        linkedIds.add(otherId);
    }

    void unlink(long otherId) {
        linkedIds.remove(otherId);
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

    public Long getConfigurationItemId() {
        return configurationItemId;
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

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public Set<Long> getLinkedIds() {
        return Set.copyOf(linkedIds);
    }

    public Channel getSource() {
        return source;
    }

    public TicketSla getSla() {
        return sla;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
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
