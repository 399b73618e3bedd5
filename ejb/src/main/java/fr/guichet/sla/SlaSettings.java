package fr.guichet.sla;

import fr.guichet.catalog.ServiceLevel;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.member.MemberDirectory;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Calendars, SLA policies and the priority matrix as configured in the database. They change a few
 * times a year and are read for every ticket and queue row, so each node keeps them for a minute.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SlaSettings {

    static final Duration KEPT_FOR = Duration.ofMinutes(1);

    private record Snapshot(Map<String, BusinessCalendar> calendars, Map<String, SlaTarget> policies,
                            PriorityMatrix matrix, Map<Long, String> departments, Map<Long, Set<LocalDate>> closures,
                            Instant loadedAt) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MemberDirectory members;

    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    public BusinessCalendar calendar(String code) {
        BusinessCalendar calendar = code == null ? null : snapshot().calendars().get(code.strip());
        if (calendar == null) {
            throw new BusinessRuleException("sla.calendar.unknown", String.valueOf(code));
        }
        return calendar;
    }

    /**
     * The calendar as a member's tickets run on it: its department's public holidays (Alsace-Moselle has two more)
     * and its own closed days on top of the syndicate's.
     */
    public BusinessCalendar calendar(String code, long memberId) {
        Snapshot snapshot = snapshot();
        return calendar(code).forMember(snapshot.departments().get(memberId), snapshot.closures().getOrDefault(memberId, Set.of()));
    }

    /** Forgets what this node keeps, after a change of settings on it (other nodes see it within a minute). */
    public void forget() {
        current.set(null);
    }

    public PriorityMatrix matrix() {
        return snapshot().matrix();
    }

    /** The policy for the type if there is one, else for any type. */
    public SlaTarget target(ServiceLevel level, Priority priority, TicketType type) {
        Map<String, SlaTarget> policies = snapshot().policies();
        SlaTarget specific = policies.get(key(level.name(), priority.name(), type.name()));
        SlaTarget target = specific != null ? specific : policies.get(key(level.name(), priority.name(), SlaPolicy.ANY_TYPE));
        if (target == null) {
            throw new IllegalStateException("no SLA policy for " + level + " " + priority);
        }
        return target;
    }

    private Snapshot snapshot() {
        Snapshot snapshot = current.get();
        if (snapshot == null || snapshot.loadedAt().plus(KEPT_FOR).isBefore(Instant.now())) {
            snapshot = load();
            current.set(snapshot);
        }
        return snapshot;
    }

    private Snapshot load() {
        Map<String, BusinessCalendar> calendars = new HashMap<>();
        for (CalendarDefinition definition : em.createQuery("SELECT c FROM CalendarDefinition c", CalendarDefinition.class)
                .getResultList()) {
            calendars.put(definition.getCode(), definition.toCalendar());
        }
        Map<String, SlaTarget> policies = new HashMap<>();
        for (SlaPolicy policy : em.createQuery("SELECT p FROM SlaPolicy p", SlaPolicy.class).getResultList()) {
            policies.put(key(policy.getServiceLevel().name(), policy.getPriority(), policy.getTicketType()), policy.target());
        }
        Map<Impact, Map<Urgency, Priority>> cells = new EnumMap<>(Impact.class);
        List<Object[]> rows = em.createNativeQuery("SELECT impact, urgency, priority FROM priority_matrix").getResultList();
        for (Object[] row : rows) {
            cells.computeIfAbsent(Impact.valueOf((String) row[0]), i -> new EnumMap<>(Urgency.class))
                    .put(Urgency.valueOf((String) row[1]), Priority.valueOf((String) row[2]));
        }
        Map<Long, String> departments = new HashMap<>();
        members.all().forEach(member -> departments.put(member.id(), FrenchHolidays.departmentOf(member.inseeCode())));
        Map<Long, Set<LocalDate>> closures = new HashMap<>();
        // Values, not entities: every member's rows are read here, whoever's request loads the settings.
        em.createQuery("SELECT c.memberId, c.day FROM MemberClosure c", Object[].class).getResultStream()
                .forEach(row -> closures.computeIfAbsent((Long) row[0], m -> new HashSet<>()).add((LocalDate) row[1]));
        return new Snapshot(Map.copyOf(calendars), Map.copyOf(policies), new PriorityMatrix(cells), departments, closures,
                Instant.now());
    }

    private static String key(String level, String priority, String type) {
        return level + "/" + priority + "/" + type;
    }
}
