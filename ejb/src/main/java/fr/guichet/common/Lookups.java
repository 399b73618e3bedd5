package fr.guichet.common;

import jakarta.persistence.EntityManager;
import java.util.function.Predicate;

/**
 * How services find a row for a caller: by id or by the reference people quote (GUI-2026-000123,
 * DEM-2026-0042), and not found — never "forbidden" — when the caller may not see it, so that an id
 * tells nothing about another member's data.
 */
public final class Lookups {

    private Lookups() {
    }

    /** The row with this id if {@code visible} lets the caller see it; not found otherwise. */
    public static <T> T visible(EntityManager em, Class<T> entity, long id, Predicate<T> visible, String entityName) {
        T row = em.find(entity, id);
        if (row == null || !visible.test(row)) {
            throw new NotFoundException(entityName, id);
        }
        return row;
    }

    /**
     * The id of the {@code entity} row with this reference, or not found. A reference grants nothing: callers
     * read the row through their own visibility check.
     */
    public static long idOfReference(EntityManager em, Class<?> entity, String reference, String entityName) {
        return em.createQuery("SELECT e.id FROM " + entity.getSimpleName() + " e WHERE e.reference = :reference", Long.class)
                .setParameter("reference", reference).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(entityName, reference));
    }

    /**
     * A page of {@code entity} rows, newest first by {@code createdAt}, only those in {@code status} when it is given:
     * the list of a staff register (problems, changes), small next to tickets.
     */
    public static <T> Page<T> newestFirst(EntityManager em, Class<T> entity, Enum<?> status, PageRequest request) {
        String from = " FROM " + entity.getSimpleName() + " e" + (status == null ? "" : " WHERE e.status = :status");
        var count = em.createQuery("SELECT COUNT(e)" + from, Long.class);
        var rows = em.createQuery("SELECT e" + from + " ORDER BY e.createdAt DESC, e.id DESC", entity);
        if (status != null) {
            count.setParameter("status", status);
            rows.setParameter("status", status);
        }
        return new Page<>(rows.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList(), count.getSingleResult(),
                request.page(), request.size());
    }
}
