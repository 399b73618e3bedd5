package fr.guichet.request;

import fr.guichet.identity.UserAccount;
import fr.guichet.security.MemberOwned;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** A member's request for a catalogue service, with the answers to the form version it was filed with. */
@Entity
@Table(name = "service_request")
public class ServiceRequest implements MemberOwned, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "service_id")
    private Long serviceId;

    @Column(name = "form_id")
    private Long formId;

    @Column(name = "requester_id")
    private Long requesterId;

    @Column(name = "assignee_id")
    private Long assigneeId;

    /** Read-only view of the assignee, for list queries. */
    @ManyToOne
    @JoinColumn(name = "assignee_id", insertable = false, updatable = false)
    private UserAccount assignee;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_answer", joinColumns = @JoinColumn(name = "request_id"))
    @MapKeyColumn(name = "field_key")
    @Column(name = "answer")
    private Map<String, String> answers = new LinkedHashMap<>();

    @Version
    private int version;

    protected ServiceRequest() {
    }

    ServiceRequest(long memberId, long serviceId, long formId, long requesterId, Map<String, String> answers, Instant now) {
        this.memberId = memberId;
        this.serviceId = serviceId;
        this.formId = formId;
        this.requesterId = requesterId;
        this.answers = new LinkedHashMap<>(answers);
        this.status = RequestStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** SRV-2026-000123: readable in mail subjects, unique because the number is the row's id. */
    void assignReference() {
        reference = String.format("SRV-%d-%06d", createdAt.atZone(ZoneId.of("Europe/Paris")).getYear(), id);
    }

    void moveTo(RequestStatus next, Instant now) {
        status = next;
        updatedAt = now;
    }

    void assignTo(long userId) {
        assigneeId = userId;
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

    public Long getMemberId() {
        return memberId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public Long getFormId() {
        return formId;
    }

    public Long getRequesterId() {
        return requesterId;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Map<String, String> getAnswers() {
        return Map.copyOf(answers);
    }
}
