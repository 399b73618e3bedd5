package fr.guichet.common;

import jakarta.persistence.EntityManager;

/** Rows people name by their reference (GUI-2026-000123, DEM-2026-0042) in mails, forms and addresses. */
public final class References {

    private References() {
    }

    /**
     * The id of the {@code entity} row with this reference, or not found. A reference grants nothing: callers
     * read the row through their own visibility check.
     */
    public static long idOf(EntityManager em, Class<?> entity, String reference, String entityName) {
        return em.createQuery("SELECT e.id FROM " + entity.getSimpleName() + " e WHERE e.reference = :reference", Long.class)
                .setParameter("reference", reference).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(entityName, reference));
    }
}
