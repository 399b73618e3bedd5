package fr.guichet.cmdb;

import fr.guichet.security.MemberOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/** One thing the syndicate runs for a member, tied to the catalogue service it delivers and to its subscription. */
@Entity
@Table(name = "configuration_item")
public class ConfigurationItem implements MemberOwned, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id")
    private long memberId;

    @Column(name = "service_id")
    private Long serviceId;

    @Column(name = "subscription_id")
    private Long subscriptionId;

    @Enumerated(EnumType.STRING)
    private ItemKind kind;

    private String name;

    @Enumerated(EnumType.STRING)
    private ItemState state;

    private String attributes;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private int version;

    protected ConfigurationItem() {
    }

    ConfigurationItem(ItemDraft draft, Long subscriptionId, String who, Instant now) {
        this.memberId = draft.memberId();
        change(draft, subscriptionId, who, now);
    }

    /** The member never changes: an item moving to another member is another item. */
    final void change(ItemDraft draft, Long subscriptionId, String who, Instant now) {
        this.serviceId = draft.serviceId();
        this.subscriptionId = subscriptionId;
        this.kind = draft.kind();
        this.name = draft.name();
        this.state = draft.state();
        this.attributes = ItemAttributes.stored(draft.kind(), draft.attributes());
        this.updatedAt = now;
        this.updatedBy = who;
    }

    public ItemDraft draft() {
        return new ItemDraft(memberId, serviceId, kind, name, state, getAttributes());
    }

    @Override
    public Long owningMemberId() {
        return memberId;
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public Long getSubscriptionId() {
        return subscriptionId;
    }

    public ItemKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public ItemState getState() {
        return state;
    }

    public Map<String, String> getAttributes() {
        return ItemAttributes.read(attributes);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public int getVersion() {
        return version;
    }
}
