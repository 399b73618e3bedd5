package fr.guichet.incident;

import fr.guichet.catalog.ServiceDirectory;
import fr.guichet.common.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of every service in the catalogue (retired ones aside), for anyone, logged in or not: services and
 * states only, never a member, a ticket or an incident's words. Two statements whatever the number of incidents.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class StatusBoard {

    /** One service on the board; {@code since} is when its oldest open incident was declared. */
    public record Line(long serviceId, String code, String name, ServiceState state, Instant since) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ServiceDirectory services;

    @SuppressWarnings("unchecked")
    public List<Line> lines() {
        List<Object[]> rows = em.createNativeQuery("SELECT i.id, s.service_id, i.declared_at, (SELECT u.kind FROM major_incident_update u"
                + " WHERE u.incident_id = i.id AND u.kind IN ('CUT_DECISION', 'RESTORED') ORDER BY u.posted_at DESC, u.id DESC LIMIT 1)"
                + " FROM major_incident i JOIN major_incident_service s ON s.incident_id = i.id WHERE i.status = 'OPEN'").getResultList();
        Map<Long, Set<Long>> servicesOf = new HashMap<>();
        Map<Long, Boolean> cut = new HashMap<>();
        Map<Long, Instant> since = new HashMap<>();
        for (Object[] r : rows) {
            long incident = ((Number) r[0]).longValue();
            long service = ((Number) r[1]).longValue();
            servicesOf.computeIfAbsent(incident, i -> new HashSet<>()).add(service);
            cut.put(incident, r[3] != null && ServiceStates.cut(UpdateKind.valueOf((String) r[3])));
            since.merge(service, SqlValues.instant(r[2]), (a, b) -> a.isBefore(b) ? a : b);
        }
        List<ServiceStates.OpenIncident> open = new ArrayList<>();
        servicesOf.forEach((incident, hit) -> open.add(new ServiceStates.OpenIncident(hit, cut.get(incident))));
        List<ServiceDirectory.Offered> offered = services.offered(null);
        Map<Long, ServiceState> states = ServiceStates.of(offered.stream().map(ServiceDirectory.Offered::id).toList(), open);
        return offered.stream().map(o -> new Line(o.id(), o.code(), o.name(), states.get(o.id()), since.get(o.id()))).toList();
    }
}
