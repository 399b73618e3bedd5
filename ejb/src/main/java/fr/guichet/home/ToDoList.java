package fr.guichet.home;

import fr.guichet.demand.DemandState;
import fr.guichet.request.RequestStatus;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import fr.guichet.ticket.TicketFilter;
import fr.guichet.ticket.TicketStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The caller's to-do list, one section per role they hold (administrators have their own links on the page). Every count runs on an index that starts with the
 * caller, their member, their groups or a status, so it stays cheap with a million tickets; each item shows its
 * first {@link #FIRST} lines.
 */
@Stateless
public class ToDoList {

    static final int FIRST = 5;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Set<TicketStatus> RUNNING = EnumSet.of(TicketStatus.NEW, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS,
            TicketStatus.REOPENED);
    private static final Set<RequestStatus> REQUEST_OPEN = EnumSet.of(RequestStatus.DRAFT, RequestStatus.SUBMITTED,
            RequestStatus.AWAITING_APPROVAL, RequestStatus.APPROVED, RequestStatus.IN_PROGRESS);
    private static final Set<DemandState> DEMAND_OPEN = EnumSet.of(DemandState.SUBMITTED, DemandState.STUDY, DemandState.SCORED,
            DemandState.PLANNED, DemandState.IN_PROGRESS);

    /** How each kind of line is read and shown. */
    private record Kind(String select, String from, String alias, String statePrefix, String dateKey, String lineOutcome,
                        String listOutcome) {
    }

    private static final Kind TICKET = new Kind("t.id, t.reference, t.subject, t.status, t.sla.resolutionDue", "Ticket t", "t",
            "ticket.status.", "home.date.due", "/ticket/view", "/ticket/list");
    private static final Kind REQUEST = new Kind("r.id, r.reference, s.name, r.status, r.updatedAt",
            "ServiceRequest r, ServiceOffering s", "r", "request.status.", "home.date.updated", "/request/view", "/request/list");
    private static final Kind DEMAND = new Kind("d.id, d.reference, d.title, d.state, d.createdAt", "Demand d", "d",
            "demand.state.", "home.date.submitted", "/demand/view", "/demand/list");
    /** What a rule did: the ticket it acted on, the rule's name, whether it succeeded. */
    private static final Kind RULE_RUN = new Kind("t.id, t.reference, r.name, x.succeeded, x.firedAt",
            "RuleRun x, AutomationRule r, Ticket t", "x", "home.rule.", "home.date.fired", "/ticket/view", "/helpdesk/rules");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    public List<ToDoSection> forCaller() {
        CallerIdentity who = caller.required();
        List<ToDoSection> sections = new ArrayList<>();
        for (Role role : Role.values()) {
            List<ToDoItem> items = who.hasAnyRole(role) && role.isMemberRole() != who.isStaff() ? itemsOf(role, who) : List.of();
            if (!items.isEmpty()) {
                sections.add(new ToDoSection(role, items));
            }
        }
        return sections;
    }

    private List<ToDoItem> itemsOf(Role role, CallerIdentity who) {
        return switch (role) {
            case AGENT -> List.of(
                    tickets("home.agent.waiting", "t.requesterId = :me AND t.status = :waiting ORDER BY t.updatedAt DESC",
                            q -> q.setParameter("me", who.userId()).setParameter("waiting", TicketStatus.WAITING_REQUESTER)),
                    requests("home.agent.requests", "r.requesterId = :me AND r.status IN :open ORDER BY r.updatedAt DESC",
                            q -> q.setParameter("me", who.userId()).setParameter("open", REQUEST_OPEN)));
            case REFERENT -> List.of(
                    requests("home.referent.approve", "r.memberId = :member AND r.status = :awaiting ORDER BY r.createdAt",
                            q -> q.setParameter("member", who.memberId()).setParameter("awaiting", RequestStatus.AWAITING_APPROVAL)),
                    tickets("home.referent.nearBreach", "t.memberId = :member AND t.status IN :running AND t.sla.resolutionWarned = TRUE"
                                    + " AND t.sla.resolutionBreached = FALSE ORDER BY t.sla.resolutionDue",
                            q -> q.setParameter("member", who.memberId()).setParameter("running", RUNNING)),
                    demands("home.referent.cosign", "d.state IN :open AND d.memberId <> :member AND NOT EXISTS (SELECT s.id FROM DemandSupport s"
                                    + " WHERE s.demandId = d.id AND s.memberId = :member) ORDER BY d.supporters DESC, d.createdAt DESC",
                            q -> q.setParameter("open", DEMAND_OPEN).setParameter("member", who.memberId())));
            case TECHNICIAN -> List.of(
                    tickets("home.technician.mine", "t.assigneeId = :me AND t.status IN :open ORDER BY t.sla.resolutionDue",
                            q -> q.setParameter("me", who.userId()).setParameter("open", TicketFilter.OPEN)),
                    tickets("home.technician.unassigned", "t.groupId IN (SELECT g.id FROM SupportGroup g JOIN g.memberIds m WHERE m = :me)"
                                    + " AND t.assigneeId IS NULL AND t.status IN :running ORDER BY t.sla.resolutionDue",
                            q -> q.setParameter("me", who.userId()).setParameter("running", RUNNING)),
                    tickets("home.technician.breached", "t.groupId IN (SELECT g.id FROM SupportGroup g JOIN g.memberIds m WHERE m = :me)"
                                    + " AND t.status IN :open AND (t.sla.resolutionBreached = TRUE OR t.sla.firstResponseBreached = TRUE)"
                                    + " ORDER BY t.sla.resolutionDue",
                            q -> q.setParameter("me", who.userId()).setParameter("open", TicketFilter.OPEN)));
            case MANAGER -> List.of(
                    requests("home.manager.triage", "r.status IN :waiting AND r.assigneeId IS NULL ORDER BY r.createdAt",
                            q -> q.setParameter("waiting", EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.APPROVED))),
                    demands("home.manager.score", "d.state IN :unscored AND d.score IS NULL ORDER BY d.createdAt",
                            q -> q.setParameter("unscored", EnumSet.of(DemandState.SUBMITTED, DemandState.STUDY))),
                    item(RULE_RUN, "home.manager.rules", "r.id = x.ruleId AND t.id = x.ticketId AND x.firedAt >= :today"
                                    + " ORDER BY x.firedAt DESC, x.id DESC",
                            q -> q.setParameter("today", LocalDate.now(PARIS).atStartOfDay(PARIS).toInstant())));
            case DIRECTOR -> List.of(
                    tickets("home.director.breached", "t.status IN :open AND t.sla.resolutionBreached = TRUE ORDER BY t.sla.resolutionDue",
                            q -> q.setParameter("open", TicketFilter.OPEN)),
                    demands("home.director.planned", "d.state IN :planned ORDER BY d.createdAt",
                            q -> q.setParameter("planned", EnumSet.of(DemandState.PLANNED, DemandState.IN_PROGRESS))));
            case ADMIN -> List.of();
        };
    }

    private ToDoItem tickets(String label, String where, Function<TypedQuery<?>, TypedQuery<?>> parameters) {
        return item(TICKET, label, where, parameters);
    }

    private ToDoItem requests(String label, String where, Function<TypedQuery<?>, TypedQuery<?>> parameters) {
        return item(REQUEST, label, "s.id = r.serviceId AND " + where, parameters);
    }

    private ToDoItem demands(String label, String where, Function<TypedQuery<?>, TypedQuery<?>> parameters) {
        return item(DEMAND, label, where, parameters);
    }

    /** The first lines in the item's order; the count (the same conditions without the order) only when there are more. */
    private ToDoItem item(Kind kind, String label, String where, Function<TypedQuery<?>, TypedQuery<?>> parameters) {
        TypedQuery<Object[]> first = em.createQuery("SELECT " + kind.select() + " FROM " + kind.from() + " WHERE " + where, Object[].class);
        parameters.apply(first);
        List<ToDoLine> lines = first.setMaxResults(FIRST).getResultStream().map(row -> new ToDoLine((Long) row[0], (String) row[1],
                (String) row[2], kind.statePrefix() + (row[3] instanceof Enum<?> state ? state.name() : row[3]), (Instant) row[4],
                kind.lineOutcome())).toList();
        long count = lines.size();
        if (count == FIRST) {
            TypedQuery<Long> counted = em.createQuery("SELECT COUNT(" + kind.alias() + ") FROM " + kind.from() + " WHERE "
                    + where.substring(0, where.lastIndexOf(" ORDER BY")), Long.class);
            parameters.apply(counted);
            count = counted.getSingleResult();
        }
        return new ToDoItem(label, count, lines, kind.dateKey(), kind.listOutcome());
    }
}
