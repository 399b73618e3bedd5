package fr.guichet.audit;

import java.time.Instant;

/** Criteria of the audit log page and API; every field is optional. */
public record AuditFilter(String actorLogin, String entityType, String entityId, String action,
                          Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
