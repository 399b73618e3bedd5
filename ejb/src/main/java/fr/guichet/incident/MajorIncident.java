package fr.guichet.incident;

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
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A major incident: not one member's data, so it has no owning member; who reads it is decided by the members it
 * affects ({@link MajorIncidents}).
 */
@Entity
@Table(name = "major_incident")
public class MajorIncident implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    private String title;

    @Enumerated(EnumType.STRING)
    private IncidentStatus status;

    @Column(name = "declared_by")
    private String declaredBy;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "origin_ticket_id")
    private Long originTicketId;

    @Column(name = "review_cause")
    private String reviewCause;

    @Column(name = "review_actions")
    private String reviewActions;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "major_incident_service", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "service_id")
    private Set<Long> serviceIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "major_incident_member", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "member_id")
    private Set<Long> affectedMemberIds = new HashSet<>();

    @Version
    private int version;

    protected MajorIncident() {
    }

    MajorIncident(String title, Set<Long> serviceIds, Collection<Long> affected, Long originTicketId, String declaredBy, Instant now) {
        this.title = title;
        this.serviceIds.addAll(serviceIds);
        this.affectedMemberIds.addAll(affected);
        this.originTicketId = originTicketId;
        this.declaredBy = declaredBy;
        this.declaredAt = now;
        this.status = IncidentStatus.OPEN;
    }

    /** MAJ-2026-0007: the year it was declared (Paris time) and its number. */
    void assignReference() {
        reference = String.format("MAJ-%d-%04d", declaredAt.atZone(ZoneId.of("Europe/Paris")).getYear(), id);
    }

    void affect(Collection<Long> members) {
        affectedMemberIds.clear();
        affectedMemberIds.addAll(members);
    }

    void resolve(Instant now) {
        status = IncidentStatus.RESOLVED;
        resolvedAt = now;
    }

    void review(String cause, String actions, Instant now) {
        reviewCause = cause;
        reviewActions = actions;
        reviewedAt = now;
    }

    public boolean isOpen() {
        return status == IncidentStatus.OPEN;
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

    public IncidentStatus getStatus() {
        return status;
    }

    public String getDeclaredBy() {
        return declaredBy;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Long getOriginTicketId() {
        return originTicketId;
    }

    public String getReviewCause() {
        return reviewCause;
    }

    public String getReviewActions() {
        return reviewActions;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public Set<Long> getServiceIds() {
        return Set.copyOf(serviceIds);
    }

    public Set<Long> getAffectedMemberIds() {
        return Set.copyOf(affectedMemberIds);
    }
}
