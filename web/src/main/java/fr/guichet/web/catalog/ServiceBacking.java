package fr.guichet.web.catalog;

import fr.guichet.catalog.CatalogService;
import fr.guichet.catalog.ServiceLink;
import fr.guichet.catalog.ServiceOffering;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.subscription.Subscription;
import fr.guichet.subscription.SubscriptionService;
import fr.guichet.training.RegistrationRow;
import fr.guichet.training.SessionView;
import fr.guichet.training.TrainingService;
import fr.guichet.web.shell.FacesMessages;
import java.util.List;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.text.NumberFormat;
import java.util.Locale;

/** catalog/service.xhtml: everything about one service, and the caller's commune's subscription. */
@Named
@ViewScoped
public class ServiceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

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
    private List<ServiceLink> links;
    private List<SessionView> sessions;
    private List<RegistrationRow> registrations;

    @Inject
    private TrainingService training;

    public void load() {
        if (id == null) {
            throw new fr.guichet.common.NotFoundException("service", "?");
        }
        service = catalog.get(id);
        subscription = subscriptions.ownSubscription(id).orElse(null);
        subscribers = subscriptions.activeSubscribers(id);
        links = catalog.links(id);
        loadTraining();
    }

    private void loadTraining() {
        if (service.isTraining()) {
            sessions = training.sessions(id);
            registrations = training.activeRegistrationsForService(id);
        }
    }

    public void register(long sessionId) {
        try {
            var registration = training.register(sessionId, null);
            FacesMessages.info("training.registered", "training.status." + registration.getStatus());
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
        loadTraining();
    }

    /** A registration can be withdrawn until its session starts. */
    public boolean cancellable(RegistrationRow registration) {
        return Instant.now().isBefore(registration.sessionStartsAt());
    }

    public void cancelRegistration(long registrationId) {
        try {
            training.cancel(registrationId);
            FacesMessages.info("training.cancelled");
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
        loadTraining();
    }

    /** Staff record attendance after the session; it feeds each member's training days. */
    public void markAttendance(long registrationId, boolean attended) {
        try {
            training.markAttendance(registrationId, attended);
            FacesMessages.info("training.attendanceSaved");
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
        loadTraining();
    }

    public List<ServiceLink> getLinks() {
        return links;
    }

    public List<SessionView> getSessions() {
        return sessions;
    }

    public List<RegistrationRow> getRegistrations() {
        return registrations;
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
