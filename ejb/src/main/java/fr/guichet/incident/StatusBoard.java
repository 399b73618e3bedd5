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
 * The state of every service in the catalogue (retired ones aside), and the calendar of planned interruptions, for
 * anyone, logged in or not: services, states and windows only, never a member, a ticket or an incident's words.
 * Three statements whatever the number of incidents and changes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class StatusBoard {

    /** One service on the board; {@code since} is when its oldest open incident was declared or its maintenance began. */
    public record Line(long serviceId, String code, String name, ServiceState state, Instant since) implements Serializable {
    }

    /** An approved interruption to come or under way: its services' names and its window; the summary is for logged-in readers. */
    public record Planned(String services, Instant start, Instant end, boolean started, String summary) implements Serializable {
    }

    private record Work(ServiceStates.PlannedWork work, Instant since) {
    }

    /** How many planned interruptions the calendar shows. */
    static final int CALENDAR = 20;
    private static final String LIVE_CHANGES = " FROM change_request c JOIN change_service s ON s.change_id = c.id WHERE c.interrupts = TRUE"
            + " AND (c.status = 'IN_PROGRESS' OR c.status = 'APPROVED' AND c.window_end > ?)";

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
        Instant now = Instant.now();
        List<ServiceStates.PlannedWork> works = new ArrayList<>();
        for (Work planned : plannedWork(now)) {
            works.add(planned.work());
            if (planned.work().isOn(now)) {
                planned.work().serviceIds().forEach(service -> since.merge(service, planned.since(), (a, b) -> a.isBefore(b) ? a : b));
            }
        }
        List<ServiceDirectory.Offered> offered = services.offered(null);
        Map<Long, ServiceState> states = ServiceStates.of(offered.stream().map(ServiceDirectory.Offered::id).toList(), open, works, now);
        return offered.stream().map(o -> new Line(o.id(), o.code(), o.name(), states.get(o.id()),
                states.get(o.id()) == ServiceState.OPERATIONAL ? null : since.get(o.id()))).toList();
    }

    /** The planned interruptions under way or to come, soonest first. */
    @SuppressWarnings("unchecked")
    public List<Planned> calendar() {
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, MIN(c.window_start), MIN(c.window_end), MIN(c.status), MIN(c.public_summary),"
                        + " GROUP_CONCAT(cs.name ORDER BY cs.name SEPARATOR ', ')" + LIVE_CHANGES.replace("JOIN change_service s ON s.change_id = c.id",
                        "JOIN change_service s ON s.change_id = c.id JOIN catalog_service cs ON cs.id = s.service_id")
                        + " GROUP BY c.id ORDER BY MIN(c.window_start), c.id LIMIT " + CALENDAR)
                .setParameter(1, SqlValues.timestamp(Instant.now())).getResultList();
        return rows.stream().map(r -> new Planned((String) r[5], SqlValues.instant(r[1]), SqlValues.instant(r[2]),
                "IN_PROGRESS".equals(r[3]), (String) r[4])).toList();
    }

    /** Each live interrupting change as planned work, with when it began (its start, or its window's opening). */
    @SuppressWarnings("unchecked")
    private List<Work> plannedWork(Instant now) {
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, s.service_id, c.window_start, c.window_end, c.status, c.started_at"
                + LIVE_CHANGES).setParameter(1, SqlValues.timestamp(now)).getResultList();
        Map<Long, Set<Long>> servicesOf = new HashMap<>();
        Map<Long, Object[]> first = new HashMap<>();
        for (Object[] r : rows) {
            long change = ((Number) r[0]).longValue();
            servicesOf.computeIfAbsent(change, c -> new HashSet<>()).add(((Number) r[1]).longValue());
            first.putIfAbsent(change, r);
        }
        List<Work> works = new ArrayList<>();
        first.forEach((change, r) -> works.add(new Work(new ServiceStates.PlannedWork(servicesOf.get(change), SqlValues.instant(r[2]),
                SqlValues.instant(r[3]), "IN_PROGRESS".equals(r[4])), r[5] == null ? SqlValues.instant(r[2]) : SqlValues.instant(r[5]))));
        return works;
    }
}
