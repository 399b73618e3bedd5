package fr.guichet.audit;

import fr.guichet.common.Page;
import fr.guichet.common.PageRequest;
import fr.guichet.security.Caller;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes the audit trail inside the caller's transaction (so an entry exists exactly when its change
 * was committed) and lets administrators search it.
 */
@Stateless
public class AuditLog {

    static final int EXPORT_CHUNK = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String entityType, Object entityId, Long memberId, String summary) {
        recordAs(caller.login(), action, entityType, entityId, memberId, summary);
    }

    /** For changes made before anyone is authenticated (e.g. a lockout during a login attempt). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAs(String actorLogin, String action, String entityType, Object entityId, Long memberId,
                         String summary) {
        em.persist(new AuditEntry(Instant.now(), actorLogin, memberId, action, entityType,
                String.valueOf(entityId), summary));
    }

    public Page<AuditEntry> search(AuditFilter filter, PageRequest page) {
        caller.requireAnyRole(Role.ADMIN, Role.DIRECTOR);
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.where(criteria(cb, entry, filter)).orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        List<AuditEntry> items = em.createQuery(select)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntry> counted = count.from(AuditEntry.class);
        count.select(cb.count(counted)).where(criteria(cb, counted, filter));
        return new Page<>(items, em.createQuery(count).getSingleResult(), page.page(), page.size());
    }

    /**
     * Every entry of the filter, newest first, handed to {@code sink} {@link #EXPORT_CHUNK} at a time by keyset (time,
     * id) on the time index, each chunk dropped from memory before the next. Returns how many were written.
     */
    public int export(@NotNull AuditFilter filter, @NotNull Consumer<AuditEntry> sink) {
        caller.requireAnyRole(Role.ADMIN, Role.DIRECTOR);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        int written = 0;
        AuditEntry last = null;
        while (true) {
            CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
            Root<AuditEntry> entry = select.from(AuditEntry.class);
            List<Predicate> where = new ArrayList<>(List.of(criteria(cb, entry, filter)));
            if (last != null) {
                where.add(cb.or(cb.lessThan(entry.<Instant>get("occurredAt"), last.getOccurredAt()),
                        cb.and(cb.equal(entry.get("occurredAt"), last.getOccurredAt()), cb.lessThan(entry.<Long>get("id"), last.getId()))));
            }
            select.where(where.toArray(Predicate[]::new)).orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
            List<AuditEntry> chunk = em.createQuery(select).setMaxResults(EXPORT_CHUNK).getResultList();
            chunk.forEach(sink);
            written += chunk.size();
            if (chunk.size() < EXPORT_CHUNK) {
                return written;
            }
            last = chunk.get(chunk.size() - 1);
            em.clear();
        }
    }

    private static Predicate[] criteria(CriteriaBuilder cb, Root<AuditEntry> entry, AuditFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (hasText(filter.actorLogin())) {
            where.add(cb.equal(entry.get("actorLogin"), filter.actorLogin().trim()));
        }
        if (hasText(filter.entityType())) {
            where.add(cb.equal(entry.get("entityType"), filter.entityType().trim()));
        }
        if (hasText(filter.entityId())) {
            where.add(cb.equal(entry.get("entityId"), filter.entityId().trim()));
        }
        if (hasText(filter.action())) {
            where.add(cb.equal(entry.get("action"), filter.action().trim()));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.<Instant>get("occurredAt"), filter.from()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(entry.<Instant>get("occurredAt"), filter.to()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
