package fr.guichet.subscription;

import java.math.RoundingMode;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.Decimals;
import jakarta.validation.constraints.Digits;
import fr.guichet.audit.AuditLog;
import fr.guichet.common.NotFoundException;
import fr.guichet.common.Page;
import fr.guichet.common.PageRequest;
import fr.guichet.security.Caller;
import fr.guichet.security.MemberScope;
import fr.guichet.security.Role;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Who uses what: commune users see their member's subscriptions, staff all of them. */
@Stateless
public class SubscriptionService {

    static final String ENTITY = "subscription";
    private static final String ROW = "SELECT NEW fr.guichet.subscription.SubscriptionRow(s.id, s.memberId, m.name, s.serviceId,"
            + " o.name, o.usageUnit, s.quantity, s.status, s.startDate)"
            + " FROM Subscription s, Member m, ServiceOffering o WHERE m.id = s.memberId AND o.id = s.serviceId";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    public Page<SubscriptionRow> search(Long memberId, Long serviceId, PageRequest page) {
        MemberScope scope = caller.scope();
        caller.required();
        String where = " AND (:member IS NULL OR s.memberId = :member)"
                + " AND (:service IS NULL OR s.serviceId = :service)";
        TypedQuery<SubscriptionRow> rows = em.createQuery(ROW + where + " ORDER BY m.name, o.name", SubscriptionRow.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM Subscription s WHERE 1 = 1" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("member", scope.memberFor(memberId))
                    .setParameter("service", serviceId);
        }
        List<SubscriptionRow> items = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, count.getSingleResult(), page.page(), page.size());
    }

    /** The caller's member's subscription to a service, if any (empty for staff). */
    public Optional<Subscription> ownSubscription(long serviceId) {
        Long member = caller.scope().memberIdOrNull();
        if (member == null) {
            return Optional.empty();
        }
        return find(member, serviceId);
    }

    /** How many members actively use the service: a count, which tells nothing of any one member. */
    public long activeSubscribers(long serviceId) {
        return em.createQuery("SELECT COUNT(s) FROM Subscription s WHERE s.serviceId = :service AND s.status = :active", Long.class)
                .setParameter("service", serviceId).setParameter("active", SubscriptionStatus.ACTIVE).getSingleResult();
    }

    public List<SubscriptionEvent> history(long subscriptionId) {
        get(subscriptionId);
        return em.createQuery("SELECT e FROM SubscriptionEvent e WHERE e.subscriptionId = :id"
                        + " AND (:member IS NULL OR e.memberId = :member) ORDER BY e.occurredAt DESC, e.id DESC", SubscriptionEvent.class)
                .setParameter("id", subscriptionId).setParameter("member", caller.scope().memberFor(null)).getResultList();
    }

    /** The subscription if the caller may see it: their member's, or any for staff. */
    public Subscription get(long id) {
        caller.required();
        Subscription subscription = em.find(Subscription.class, id);
        if (subscription == null || !caller.scope().allows(subscription.getMemberId())) {
            throw new NotFoundException(ENTITY, id);
        }
        return subscription;
    }

    /** Project managers and administrators adjust a subscription; the change is kept in its history. */
    public Subscription change(long id, @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal quantity, @NotNull SubscriptionStatus status,
                               @Size(max = 500) String note) {
        caller.requireAnyRole(Role.MANAGER, Role.ADMIN);
        Subscription subscription = get(id);
        BigDecimal before = subscription.getQuantity();
        SubscriptionStatus statusBefore = subscription.getStatus();
        subscription.change(quantity, status, LocalDate.now(ZoneId.of("Europe/Paris")));
        em.persist(new SubscriptionEvent(subscription, before, statusBefore, caller.login(), note, Instant.now()));
        audit.record("UPDATE", ENTITY, id, subscription.getMemberId(), "quantity: " + before.stripTrailingZeros().toPlainString()
                + " → " + quantity.stripTrailingZeros().toPlainString() + "; status: " + statusBefore + " → " + status);
        return subscription;
    }

    /** A delivered request adds its units to the member's subscription, creating it if needed. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Subscription recordDelivery(long memberId, long serviceId, BigDecimal units, String note) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        Optional<Subscription> existing = find(memberId, serviceId);
        BigDecimal total = existing.map(Subscription::getQuantity).orElse(BigDecimal.ZERO).add(units);
        if (!Decimals.fits(total.setScale(2, RoundingMode.HALF_UP), 12, 2)) {
            throw new BusinessRuleException("subscription.quantity.tooLarge");
        }
        Subscription subscription;
        BigDecimal before = null;
        SubscriptionStatus statusBefore = null;
        if (existing.isPresent()) {
            subscription = existing.get();
            before = subscription.getQuantity();
            statusBefore = subscription.getStatus();
            subscription.addDelivered(units, today);
        } else {
            subscription = new Subscription(memberId, serviceId, units, today);
            em.persist(subscription);
            em.flush();
        }
        em.persist(new SubscriptionEvent(subscription, before, statusBefore, caller.login(), note, Instant.now()));
        audit.record(existing.isPresent() ? "UPDATE" : "CREATE", ENTITY, subscription.getId(), memberId,
                "quantity: " + (before == null ? "∅" : before.stripTrailingZeros().toPlainString()) + " → "
                        + subscription.getQuantity().stripTrailingZeros().toPlainString() + " (" + note + ")");
        return subscription;
    }

    private Optional<Subscription> find(long memberId, long serviceId) {
        return em.createQuery("SELECT s FROM Subscription s WHERE s.memberId = :member AND s.serviceId = :service", Subscription.class)
                .setParameter("member", memberId).setParameter("service", serviceId).getResultStream().findFirst();
    }
}
