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
}
