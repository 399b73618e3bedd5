package fr.guichet.sla;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.NotFoundException;
import fr.guichet.security.Caller;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Managers and administrators set the priority matrix and the SLA policies (audited). New tickets follow at once on
 * this node and within a minute on the others ({@link SlaSettings}); open tickets keep the targets they were given.
 */
@Stateless
public class SlaConfiguration {

    /** One cell of the matrix. */
    public record Cell(@NotNull Impact impact, @NotNull Urgency urgency, @NotNull Priority priority) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private SlaSettings settings;

    @Inject
    private AuditLog audit;

    public List<Cell> matrix() {
        caller.requireStaff(Role.TECHNICIAN, Role.MANAGER, Role.DIRECTOR, Role.ADMIN);
        PriorityMatrix matrix = settings.matrix();
        List<Cell> cells = new ArrayList<>();
        for (Impact impact : Impact.values()) {
            for (Urgency urgency : Urgency.values()) {
                cells.add(new Cell(impact, urgency, matrix.cell(impact, urgency)));
            }
        }
        return cells;
    }

    /** Sets the cells given; the others stay. Returns the matrix as it now is. */
    public List<Cell> setMatrix(@NotNull List<@NotNull Cell> cells) {
        caller.requireStaff(Role.MANAGER, Role.ADMIN);
        List<String> changes = new ArrayList<>();
        PriorityMatrix before = settings.matrix();
        for (Cell cell : cells) {
            Priority was = before.cell(cell.impact(), cell.urgency());
            if (was != cell.priority()) {
                em.createNativeQuery("UPDATE priority_matrix SET priority = ? WHERE impact = ? AND urgency = ?")
                        .setParameter(1, cell.priority().name()).setParameter(2, cell.impact().name())
                        .setParameter(3, cell.urgency().name()).executeUpdate();
                changes.add(cell.impact() + "/" + cell.urgency() + " " + was + " → " + cell.priority());
            }
        }
        if (!changes.isEmpty()) {
            audit.record("UPDATE", "priority_matrix", "matrix", null, String.join(" ; ", changes));
            settings.forget();
        }
        return matrix();
    }

    /** The syndicate's calendars with their extra closed days (a bridge day for all, the Christmas week). */
    public List<CalendarDefinition> calendars() {
        caller.requireStaff(Role.TECHNICIAN, Role.MANAGER, Role.DIRECTOR, Role.ADMIN);
        return em.createQuery("SELECT c FROM CalendarDefinition c ORDER BY c.code", CalendarDefinition.class).getResultList();
    }

    /** Closes a calendar for a day: every ticket's clock on it stands still that day. */
    public CalendarDefinition closeDay(@NotNull String code, @NotNull LocalDate day, @NotBlank @Size(max = 120) String label) {
        caller.requireStaff(Role.MANAGER, Role.ADMIN);
        CalendarDefinition calendar = calendar(code);
        if (calendar.isAlwaysOpen()) {
            throw new BusinessRuleException("sla.calendar.alwaysOpen", code);
        }
        if (calendar.getClosures().containsKey(day)) {
            throw new BusinessRuleException("calendar.closure.exists", day);
        }
        calendar.close(day, label.strip());
        audit.record("CLOSE_DAY", "sla_calendar", code, null, day + " — " + label.strip());
        settings.forget();
        return calendar;
    }

    public CalendarDefinition reopenDay(@NotNull String code, @NotNull LocalDate day) {
        caller.requireStaff(Role.MANAGER, Role.ADMIN);
        CalendarDefinition calendar = calendar(code);
        if (!calendar.reopen(day)) {
            throw new NotFoundException("sla_calendar_closure", code + "/" + day);
        }
        audit.record("REOPEN_DAY", "sla_calendar", code, null, day.toString());
        settings.forget();
        return calendar;
    }

    private CalendarDefinition calendar(String code) {
        return findCalendar(code).orElseThrow(() -> new NotFoundException("sla_calendar", code));
    }

    private Optional<CalendarDefinition> findCalendar(String code) {
        return em.createQuery("SELECT c FROM CalendarDefinition c WHERE c.code = :code", CalendarDefinition.class)
                .setParameter("code", code.strip()).getResultStream().findFirst();
    }

    public List<String> calendarCodes() {
        caller.requireStaff(Role.TECHNICIAN, Role.MANAGER, Role.DIRECTOR, Role.ADMIN);
        return em.createQuery("SELECT c.code FROM CalendarDefinition c ORDER BY c.code", String.class).getResultList();
    }

    public List<SlaPolicy> policies() {
        caller.requireStaff(Role.TECHNICIAN, Role.MANAGER, Role.DIRECTOR, Role.ADMIN);
        return em.createQuery("SELECT p FROM SlaPolicy p ORDER BY p.serviceLevel, p.priority, p.ticketType", SlaPolicy.class)
                .getResultList();
    }

    /** Changes a policy's targets (business minutes) and calendar: resolution never comes before the first answer. */
    public SlaPolicy updatePolicy(long id, @Min(1) @Max(525_600) int firstResponseMinutes, @Min(1) @Max(525_600) int resolutionMinutes,
                                  @NotNull String calendarCode) {
        caller.requireStaff(Role.MANAGER, Role.ADMIN);
        SlaPolicy policy = em.find(SlaPolicy.class, id);
        if (policy == null) {
            throw new NotFoundException("sla_policy", id);
        }
        if (resolutionMinutes < firstResponseMinutes) {
            throw new BusinessRuleException("sla.policy.order");
        }
        CalendarDefinition calendar = findCalendar(calendarCode)
                .orElseThrow(() -> new BusinessRuleException("sla.calendar.unknown", calendarCode));
        String before = policy.getFirstResponseMinutes() + "/" + policy.getResolutionMinutes() + " " + policy.getCalendarCode();
        policy.change(firstResponseMinutes, resolutionMinutes, calendar);
        audit.record("UPDATE", "sla_policy", id, null, policy.getServiceLevel() + " " + policy.getPriority() + " "
                + policy.getTicketType() + " : " + before + " → " + firstResponseMinutes + "/" + resolutionMinutes + " "
                + policy.getCalendarCode());
        settings.forget();
        return policy;
    }
}
