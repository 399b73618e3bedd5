package fr.guichet.change;

import fr.guichet.audit.AuditLog;
import fr.guichet.audit.ChangeSummary;
import fr.guichet.catalog.ServiceDirectory;
import fr.guichet.catalog.ServiceLevel;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.Lookups;
import fr.guichet.common.NotFoundException;
import fr.guichet.common.Page;
import fr.guichet.common.PageRequest;
import fr.guichet.common.SqlValues;
import fr.guichet.identity.UserAccount;
import fr.guichet.incident.MemberImpact;
import fr.guichet.notification.MailOutbox;
import fr.guichet.notification.MailTemplate;
import fr.guichet.problem.Problems;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import fr.guichet.sla.BusinessCalendar;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Changes. The syndicate's staff read them; technicians, managers and administrators prepare and carry them out; a
 * manager or the direction decides ({@link ChangeWorkflow}). An approved change that interrupts a service is
 * announced once to the affected members' référents, on its announcement day or at once when approved later.
 */
@Stateless
public class Changes {

    static final String ENTITY = "change";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PARIS);
    private static final Role[] READERS = {Role.TECHNICIAN, Role.MANAGER, Role.DIRECTOR, Role.ADMIN};
    private static final Role[] KEEPERS = {Role.TECHNICIAN, Role.MANAGER, Role.ADMIN};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private MailOutbox outbox;

    @Inject
    private ServiceDirectory services;

    @Inject
    private MemberImpact impact;

    @Inject
    private Problems problems;

    /**
     * Refuses a caller who may not prepare changes, before a body is even checked: a commune user learns nothing
     * from a change's validation messages.
     */
    public void requireKeeper() {
        caller.requireStaff(KEEPERS);
    }

    public ChangeRequest create(@NotNull @Valid ChangeDraft draft) {
        CallerIdentity who = caller.requireStaff(KEEPERS);
        check(draft);
        ChangeRequest change = new ChangeRequest(draft, who.login(), Instant.now());
        em.persist(change);
        em.flush();
        change.assignReference();
        audit.record("CREATE", ENTITY, change.getId(), null, change.getReference() + " — " + change.getTitle());
        return change;
    }

    /** Until it is decided, a change may be corrected; {@code version} is the one the editor read. */
    public ChangeRequest update(long id, int version, @NotNull @Valid ChangeDraft draft) {
        caller.requireStaff(KEEPERS);
        ChangeRequest change = find(id);
        if (change.getStatus() != ChangeStatus.DRAFT && change.getStatus() != ChangeStatus.SUBMITTED) {
            throw new BusinessRuleException("change.decided", change.getReference());
        }
        if (change.getVersion() != version) {
            throw new BusinessRuleException("change.stale");
        }
        check(draft);
        Map<String, Object> before = snapshot(change.draft());
        change.change(draft);
        em.flush();
        audit.record("UPDATE", ENTITY, id, null, ChangeSummary.between(before, snapshot(draft)));
        return change;
    }

    /** Newest first; only those in {@code status} when it is given. */
    public Page<ChangeRequest> page(ChangeStatus status, @NotNull PageRequest request) {
        caller.requireStaff(READERS);
        return Lookups.newestFirst(em, ChangeRequest.class, status, request);
    }

    @SuppressWarnings("unchecked")
    public ChangeView view(long id) {
        CallerIdentity who = caller.requireStaff(READERS);
        ChangeRequest change = find(id);
        Map<Long, String> serviceNames = services.names();
        List<ChangeView.Named> items = change.getItemIds().isEmpty() ? List.of()
                : ((List<Object[]>) em.createNativeQuery("SELECT i.id, CONCAT(i.name, ' — ', m.name) FROM configuration_item i"
                + " JOIN member m ON m.id = i.member_id WHERE i.id IN (" + ids(change.getItemIds()) + ") ORDER BY m.name, i.name")
                .getResultList()).stream().map(r -> new ChangeView.Named(((Number) r[0]).longValue(), (String) r[1])).toList();
        ChangeView.Named problem = change.getProblemId() == null ? null : problems.summary(change.getProblemId())
                .map(p -> new ChangeView.Named(p.id(), p.reference() + " — " + p.title())).orElse(null);
        return new ChangeView(change, change.getServiceIds().stream().map(s -> new ChangeView.Named(s, serviceNames.get(s)))
                .sorted(Comparator.comparing(ChangeView.Named::name)).toList(), items, problem,
                ChangeWorkflow.available(change.getStatus(), change.getRisk(), actor(who, change)));
    }

    /** Moves the change on ({@link ChangeWorkflow}); approving computes its announcement day, completing closes its problem. */
    public ChangeRequest act(long id, @NotNull ChangeAction action, @Size(max = 1000) String note) {
        CallerIdentity who = caller.required();
        ChangeRequest change = find(id);
        ChangeStatus next = ChangeWorkflow.next(change.getStatus(), action, change.getRisk(), actor(who, change));
        Instant now = Instant.now();
        if (action == ChangeAction.APPROVE && change.getWindowEnd().isBefore(now)) {
            throw new BusinessRuleException("change.window.past");
        }
        change.moveTo(next, who.login(), note == null || note.isBlank() ? null : note.strip(), now);
        audit.record(action.name(), ENTITY, id, null, change.getReference() + (note == null || note.isBlank() ? "" : " — " + note.strip()));
        if (next == ChangeStatus.APPROVED && change.isInterrupts()) {
            LocalDate day = Announcement.announceOn(LocalDate.ofInstant(change.getWindowStart(), PARIS),
                    Announcement.noticeDays(levels(change.getServiceIds())), BusinessCalendar.standard()::isWorkingDay);
            change.announceOn(day);
            if (!day.isAfter(LocalDate.now(PARIS))) {
                announce(change, now);
            }
        }
        if (next == ChangeStatus.DONE && change.getProblemId() != null) {
            problems.closeByChange(change.getProblemId(), change.getReference(), change.getTitle());
        }
        return change;
    }

    /** The approved interruptions whose announcement day has come and that nobody announced yet: announces them once each. */
    public int announceDue(LocalDate today) {
        caller.requirePlatformOrStaff(Role.ADMIN);
        List<ChangeRequest> due = em.createQuery("SELECT c FROM ChangeRequest c WHERE c.announcedAt IS NULL AND c.announceOn <= :today"
                        + " AND c.status IN :live AND c.interrupts = TRUE ORDER BY c.announceOn, c.id", ChangeRequest.class)
                .setParameter("today", today).setParameter("live", Set.of(ChangeStatus.APPROVED, ChangeStatus.IN_PROGRESS))
                .setMaxResults(100).getResultList();
        Instant now = Instant.now();
        return (int) due.stream().filter(change -> announce(change, now)).count();
    }

    /**
     * Claims the announcement (an update only one transaction wins: two nodes never both send it) and mails the
     * référents of the members the change hits, with its public summary only.
     */
    private boolean announce(ChangeRequest change, Instant now) {
        int claimed = em.createNativeQuery("UPDATE change_request SET announced_at = ? WHERE id = ? AND announced_at IS NULL")
                .setParameter(1, SqlValues.timestamp(now)).setParameter(2, change.getId()).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        Set<Long> members = impact.of(change.getServiceIds(), change.getItemIds(), change.getWindowStart());
        List<UserAccount> referents = UserAccount.activeReferentsOf(em, members);
        Map<Long, String> serviceNames = services.names();
        String named = change.getServiceIds().stream().map(serviceNames::get).sorted().collect(Collectors.joining(", "));
        for (UserAccount referent : referents) {
            outbox.notify(referent.recipient(), MailTemplate.CHANGE_ANNOUNCED, change.getReference(), change.getPublicSummary(),
                    named.isEmpty() ? "—" : named, WHEN.format(change.getWindowStart()), WHEN.format(change.getWindowEnd()));
        }
        change.announced(now, referents.size());
        em.flush();
        audit.record("ANNOUNCE", ENTITY, change.getId(), null, change.getReference() + " — " + referents.size() + " référent(s)");
        return true;
    }

    private void check(ChangeDraft draft) {
        Map<Long, String> known = services.names();
        for (Long service : draft.serviceIds()) {
            if (!known.containsKey(service)) {
                throw new BusinessRuleException("change.service.unknown", service);
            }
        }
        if (!draft.itemIds().isEmpty()) {
            long found = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM configuration_item WHERE id IN (" + ids(draft.itemIds()) + ")")
                    .getSingleResult()).longValue();
            if (found != draft.itemIds().size()) {
                throw new BusinessRuleException("change.item.unknown");
            }
        }
        if (draft.problemId() != null && problems.summary(draft.problemId()).isEmpty()) {
            throw new NotFoundException("problem", draft.problemId());
        }
    }

    @SuppressWarnings("unchecked")
    private List<ServiceLevel> levels(Set<Long> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        List<Object> rows = em.createNativeQuery("SELECT service_level FROM catalog_service WHERE id IN (" + ids(serviceIds) + ")")
                .getResultList();
        return rows.stream().map(level -> ServiceLevel.valueOf((String) level)).toList();
    }

    private static ChangeWorkflow.Actor actor(CallerIdentity who, ChangeRequest change) {
        return new ChangeWorkflow.Actor(who.roles(), who.login().equals(change.getRequestedBy()));
    }

    private ChangeRequest find(long id) {
        ChangeRequest change = em.find(ChangeRequest.class, id);
        if (change == null) {
            throw new NotFoundException(ENTITY, id);
        }
        return change;
    }

    private static String ids(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static Map<String, Object> snapshot(ChangeDraft draft) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", draft.title());
        values.put("summary", draft.publicSummary());
        values.put("risk", draft.risk());
        values.put("interrupts", draft.interrupts());
        values.put("window", WHEN.format(draft.windowStart()) + " → " + WHEN.format(draft.windowEnd()));
        values.put("services", draft.serviceIds().stream().sorted().toList());
        values.put("items", draft.itemIds().stream().sorted().toList());
        return values;
    }
}
