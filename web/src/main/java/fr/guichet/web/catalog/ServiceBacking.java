package fr.guichet.web.catalog;

import fr.guichet.catalog.CatalogService;
import fr.guichet.catalog.ServiceOffering;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.subscription.Subscription;
import fr.guichet.subscription.SubscriptionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Locale;

/** catalog/service.xhtml: everything about one service, and the caller's commune's subscription. */
@Named
@RequestScoped
public class ServiceBacking {

    @Inject
    private CatalogService catalog;

    @Inject
    private SubscriptionService subscriptions;

    @Inject
    private Caller caller;

    private Long id;
    private ServiceOffering service;
    private Subscription subscription;
    private long subscribers;

    public void load() {
        if (id == null) {
            throw new fr.guichet.common.NotFoundException("service", "?");
        }
        service = catalog.get(id);
        subscription = subscriptions.ownSubscription(id).orElse(null);
        subscribers = subscriptions.activeSubscribers(id);
    }

    /** Agents and référents may ask for a pilot or production service open to their member. */
    public boolean isRequestable() {
        return caller.identity().filter(who -> !who.isStaff()).map(CallerIdentity::memberId)
                .map(service::isRequestableBy).orElse(false);
    }

    public String euros(long cents) {
        return NumberFormat.getCurrencyInstance(Locale.FRANCE).format(cents / 100.0);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ServiceOffering getService() {
        return service;
    }

    public Subscription getSubscription() {
        return subscription;
    }

    public long getSubscribers() {
        return subscribers;
    }
}
