package fr.guichet.demand;

import fr.guichet.identity.MailPreference;
import fr.guichet.identity.UserAccount;
import fr.guichet.notification.MailOutbox;
import fr.guichet.notification.MailTemplate;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Tells a demand's supporters (its author and the référents who co-signed) what happens to it, through
 * the outbox in the change's transaction. Arguments: {3} reference, {4} title, {5} who acted, {6} state
 * or supporting member.
 */
@Dependent
class DemandMails {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private MailOutbox outbox;

    void changed(Demand demand) {
        send(demand, MailTemplate.DEMAND_CHANGED, new MailOutbox.Localized("demand.state." + demand.getState()));
    }

    void supported(Demand demand, String memberName) {
        send(demand, MailTemplate.DEMAND_SUPPORTED, memberName);
    }

    private void send(Demand demand, MailTemplate template, Object what) {
        Set<Long> to = new LinkedHashSet<>();
        to.add(demand.getAuthorId());
        to.addAll(em.createQuery("SELECT s.signedBy FROM DemandSupport s WHERE s.demandId = :id", Long.class)
                .setParameter("id", demand.getId()).getResultList());
        caller.identity().map(CallerIdentity::userId).ifPresent(to::remove);
        String actor = caller.identity().map(CallerIdentity::fullName).orElse("Guichet");
        // Recipients of other members are read as projections: their accounts are not the caller's to load.
        for (Object[] user : em.createQuery("SELECT u.email, u.fullName, u.login, u.locale, u.mailPreference, u.digestHour FROM UserAccount u"
                + " WHERE u.id IN :ids AND u.active = TRUE", Object[].class).setParameter("ids", to).getResultList()) {
            outbox.notify(UserAccount.recipient((String) user[0], (String) user[1], (String) user[2], (String) user[3],
                    (MailPreference) user[4], (Integer) user[5]), template, demand.getReference(), demand.getTitle(), actor, what);
        }
    }
}
