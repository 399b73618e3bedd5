package fr.guichet.web.subscription;

import fr.guichet.catalog.CatalogService;
import fr.guichet.common.Decimals;
import fr.guichet.member.MemberService;
import fr.guichet.subscription.Subscription;
import fr.guichet.subscription.SubscriptionEvent;
import fr.guichet.subscription.SubscriptionService;
import fr.guichet.subscription.SubscriptionStatus;
import fr.guichet.web.shell.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** subscription/view.xhtml: one subscription, its history, and (staff) its adjustment. */
@Named
@ViewScoped
public class SubscriptionViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SubscriptionService subscriptions;

    @Inject
    private CatalogService catalog;

    @Inject
    private MemberService members;

    private Long id;
    private Subscription subscription;
    private String serviceName;
    private String usageUnit;
    private String memberName;
    private List<SubscriptionEvent> history;
    private BigDecimal quantity;
    private SubscriptionStatus status;
    private String note;

    public void load() {
        subscription = subscriptions.get(id);
        var service = catalog.get(subscription.getServiceId());
        serviceName = service.getName();
        usageUnit = service.getUsageUnit();
        memberName = members.get(subscription.getMemberId()).getName();
        refresh();
    }

    private void refresh() {
        history = subscriptions.history(id);
        quantity = Decimals.plain(subscription.getQuantity());
        status = subscription.getStatus();
    }

    public void change() {
        try {
            subscription = subscriptions.change(id, quantity, status, note);
            note = null;
            FacesMessages.info("subscription.changed");
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
            subscription = subscriptions.get(id);
        }
        refresh();
    }

    public SubscriptionStatus[] getStatuses() {
        return SubscriptionStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Subscription getSubscription() {
        return subscription;
    }

    public String getServiceName() {
        return serviceName;
    }

    public String getUsageUnit() {
        return usageUnit;
    }

    public String getMemberName() {
        return memberName;
    }

    public List<SubscriptionEvent> getHistory() {
        return history;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public SubscriptionStatus getStatus() {
        return status;
    }

    public void setStatus(SubscriptionStatus status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
