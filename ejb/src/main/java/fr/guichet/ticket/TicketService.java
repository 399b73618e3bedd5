package fr.guichet.ticket;

import fr.guichet.audit.AuditLog;
import fr.guichet.catalog.CatalogService;
import fr.guichet.catalog.ServiceLevel;
import fr.guichet.cmdb.ConfigurationItems;
import fr.guichet.catalog.ServiceOffering;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.Lookups;
import fr.guichet.common.MaxBytes;
import fr.guichet.common.NotFoundException;
import fr.guichet.common.StoredTexts;
import fr.guichet.identity.UserAccount;
import fr.guichet.security.AccessDeniedException;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import fr.guichet.sla.Priority;
import fr.guichet.sla.SlaSettings;
import fr.guichet.sla.SlaTarget;
import fr.guichet.sla.TicketType;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Helpdesk tickets: commune users open them for their member, the syndicate's technicians work them.
 * Every transition follows {@link TicketStateMachine}, moves the SLA clock, is written to the history
 * and the audit log, and tells the people concerned by mail ({@link TicketMails}).
 */
@Stateless
public class TicketService {

    static final String ENTITY = "ticket";
    private static final Set<Role> WORKERS = EnumSet.of(Role.TECHNICIAN, Role.MANAGER, Role.ADMIN);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private CatalogService catalog;

    @Inject
    private ConfigurationItems items;

    @Inject
    private SlaSettings sla;

    @Inject
    private AuditLog audit;

    @Inject
    private TicketMails mails;

    @Inject
    private TicketWorkflow workflow;

    @Inject
    private TicketWordIndex words;

    @Inject
    private Event<TicketActivity> activity;

    /** Opens a ticket for the caller's member. */
    public Ticket open(@NotNull @Valid NewTicket request, @NotNull Channel channel) {
        CallerIdentity who = caller.requireAnyRole(Role.AGENT, Role.REFERENT);
        return open(request, who.memberId(), who.userId(), channel);
    }

    /**
     * A technician, manager or administrator opens a ticket for a commune user who phoned, came to the counter
     * or wrote: the ticket is the requester's, of their member, and the history and the audit log say who
     * took it and how. The requester is told as for any new ticket.
     */
    public Ticket openOnBehalf(long requesterId, @NotNull @Valid NewTicket request, @NotNull Channel channel) {
        caller.requireStaff(Role.TECHNICIAN, Role.MANAGER, Role.ADMIN);
        if (!channel.isTakenByStaff()) {
            throw new BusinessRuleException("ticket.onBehalf.channel");
        }
        UserAccount requester = em.find(UserAccount.class, requesterId);
        if (requester == null || requester.getMember() == null || !requester.isActive()) {
            throw new BusinessRuleException("ticket.onBehalf.requester");
        }
        Ticket ticket = open(request, requester.getMember().getId(), requesterId, channel);
        audit.record("CREATE_ON_BEHALF", ENTITY, ticket.getId(), ticket.getMemberId(),
                ticket.getReference() + " — " + requester.getLogin() + " (" + channel + ")");
        return ticket;
    }

    /** Opens a ticket for a user identified by the mail poller (no caller: the platform acts). */
    public Ticket openFromMail(long requesterId, @NotNull @Valid NewTicket request) {
        requirePlatform();
        UserAccount requester = em.find(UserAccount.class, requesterId);
        return open(request, requester.getMember().getId(), requesterId, Channel.MAIL);
    }

    private Ticket open(NewTicket request, long memberId, long requesterId, Channel channel) {
        if (request.configurationItemId() != null) {
            items.requireNameable(request.configurationItemId(), memberId);
        }
        ServiceLevel level = ServiceLevel.STANDARD;
        Long groupId = null;
        if (request.serviceId() != null) {
            ServiceOffering service = catalog.get(request.serviceId());
            level = service.getServiceLevel();
            groupId = service.getSupportGroupId();
        }
        if (request.type() == TicketType.SECURITY_INCIDENT || groupId == null) {
            groupId = groupIdOf(request.type() == TicketType.SECURITY_INCIDENT ? SupportGroup.SECURITY : SupportGroup.FIRST_LINE);
        }
        Priority priority = sla.matrix().priority(request.type(), request.impact(), request.urgency());
        SlaTarget target = sla.target(level, priority, request.type());
        // As stored (DATETIME(3)): due dates computed now and again later start from the same instant.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Ticket ticket = new Ticket(request, memberId, requesterId, priority, groupId, channel, target, now);
        em.persist(ticket);
        em.flush();
        ticket.assignReference();
        words.add(ticket);
        workflow.schedule(ticket, List.of());
        workflow.record(ticket, TicketEvent.Kind.CREATED, null, priority + " — " + target.calendarCode(), true, now);
        mails.opened(ticket);
        activity.fire(new TicketActivity(ticket, true));
        return ticket;
    }

    /**
     * Staff correct a ticket's type, service, impact or urgency, with a reason: its priority comes again from
     * the matrix and its due dates from the new targets, counted from its opening with its pauses. The history
     * keeps the change for staff; the audit log records it.
     */
    public Ticket reclassify(long id, @NotNull @Valid TicketClassification change,
                             @NotNull @Size(max = 500) String reason) {
        CallerIdentity who = caller.required();
        if (!isWorker(who)) {
            throw new AccessDeniedException();
        }
        Ticket ticket = get(id);
        if (!ticket.isOpen()) {
            throw new BusinessRuleException("ticket.reclassify.notOpen");
        }
        TicketClassification before = TicketClassification.of(ticket);
        if (before.equals(change)) {
            throw new BusinessRuleException("ticket.reclassify.unchanged");
        }
        String why = blankToNull(reason);
        if (why == null) {
            throw new BusinessRuleException("ticket.reclassify.reasonRequired");
        }
        ServiceLevel level = change.serviceId() == null ? ServiceLevel.STANDARD : catalog.get(change.serviceId()).getServiceLevel();
        Priority was = ticket.getPriority();
        Priority priority = sla.matrix().priority(change.type(), change.impact(), change.urgency());
        Instant now = Instant.now();
        ticket.reclassify(change, priority, sla.target(level, priority, change.type()), now);
        workflow.reschedule(ticket);
        String changes = String.join(" ; ", change.changesFrom(before, serviceId -> catalog.get(serviceId).getName()));
        String detail = StoredTexts.get("stored.ticket.reclassified", was, priority, changes, why);
        workflow.record(ticket, TicketEvent.Kind.RECLASSIFY, null, detail, false, now);
        audit.record("RECLASSIFY", ENTITY, ticket.getId(), ticket.getMemberId(), ticket.getReference() + " — " + detail);
        activity.fire(new TicketActivity(ticket, false));
        return ticket;
    }

    /** The ticket if the caller may see it: staff all, a référent their member's, an agent their own or watched. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Ticket get(long id) {
        CallerIdentity who = caller.required();
        return Lookups.visible(em, Ticket.class, id, row -> visibleTo(who, row), ENTITY);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Ticket getByReference(String reference) {
        return get(Lookups.idOfReference(em, Ticket.class, reference, ENTITY));
    }

    /** Comments the caller may read: internal notes for the syndicate's staff only. */
    public List<TicketComment> comments(long id) {
        return commentsOf(em, get(id), caller.required().isStaff());
    }

    static List<TicketComment> commentsOf(EntityManager em, Ticket ticket, boolean staff) {
        return em.createQuery("SELECT c FROM TicketComment c WHERE c.ticketId = :id AND (c.internal = FALSE OR :staff = TRUE)"
                        + " ORDER BY c.createdAt, c.id", TicketComment.class)
                .setParameter("id", ticket.getId()).setParameter("staff", staff).getResultList();
    }

    /** The ticket's history as the caller may read it: a commune user never reads a staff member's internal detail. */
    public List<TicketHistoryLine> history(long id) {
        return historyOf(em, get(id), caller.required().isStaff());
    }

    static List<TicketHistoryLine> historyOf(EntityManager em, Ticket ticket, boolean staff) {
        return em.createQuery("SELECT e FROM TicketEvent e WHERE e.ticketId = :id ORDER BY e.occurredAt, e.id", TicketEvent.class)
                .setParameter("id", ticket.getId()).getResultStream().map(e -> TicketHistoryLine.of(e, staff)).toList();
    }

    /** A public comment or (staff only) an internal note. A requester's answer restarts a waiting ticket's clock. */
    public TicketComment comment(long id, @NotNull @Size(min = 1, max = 20000) @MaxBytes(MaxBytes.TEXT) String body, boolean internal,
                                 @NotNull Channel channel) {
        CallerIdentity who = caller.required();
        Ticket ticket = get(id);
        if (internal && !isWorker(who)) {
            throw new AccessDeniedException();
        }
        return addComment(ticket, who.userId(), who.login(), isWorker(who), body, internal, channel);
    }

    /** A mail reply from a user the poller identified, if that user may see the ticket. */
    public TicketComment commentFromMail(long ticketId, long authorId, @NotNull @Size(min = 1, max = 20000) @MaxBytes(MaxBytes.TEXT) String body) {
        requirePlatform();
        UserAccount author = em.find(UserAccount.class, authorId);
        Ticket ticket = em.find(Ticket.class, ticketId);
        if (ticket == null || author == null || !visibleTo(author.identity(), ticket)) {
            throw new NotFoundException(ENTITY, ticketId);
        }
        return addComment(ticket, authorId, author.getLogin(), isWorker(author.identity()), body, false, Channel.MAIL);
    }

    private TicketComment addComment(Ticket ticket, long authorId, String login, boolean worker, String body,
                                     boolean internal, Channel channel) {
        if (ticket.getStatus() == TicketStatus.CLOSED) {
            throw new BusinessRuleException("ticket.closed");
        }
        Instant now = Instant.now();
        TicketComment comment = new TicketComment(ticket, authorId, body.strip(), internal, channel, now);
        em.persist(comment);
        ticket.touch(now);
        if (worker && !internal) {
            ticket.getSla().recordFirstResponse(now);
        }
        if (!worker && ticket.getStatus() == TicketStatus.WAITING_REQUESTER) {
            workflow.move(ticket, TicketAction.REQUESTER_REPLIED, TicketActor.PLATFORM, login, null, true, now);
        }
        audit.recordAs(login, internal ? "NOTE" : "COMMENT", ENTITY, ticket.getId(), ticket.getMemberId(), ticket.getReference());
        if (!internal) {
            mails.commented(ticket, comment, worker);
        }
        activity.fire(new TicketActivity(ticket, false));
        return comment;
    }

    /**
     * Applies a transition of the state machine. Resolving needs a resolution note; asking the requester
     * something or resolving is a public answer, so it stops the first-response clock.
     */
    public Ticket act(long id, @NotNull TicketAction action, @Size(max = 20000) @MaxBytes(MaxBytes.TEXT) String comment) {
        CallerIdentity who = caller.required();
        Ticket ticket = get(id);
        if (action == TicketAction.ASSIGN || action == TicketAction.REQUESTER_REPLIED) {
            throw new BusinessRuleException("ticket.transition.illegal", "ticket.action." + action, "ticket.status." + ticket.getStatus());
        }
        String text = blankToNull(comment);
        if (action == TicketAction.RESOLVE && text == null) {
            throw new BusinessRuleException("ticket.resolve.noteRequired");
        }
        if (action == TicketAction.WAIT_FOR_REQUESTER && text == null) {
            throw new BusinessRuleException("ticket.wait.questionRequired");
        }
        Instant now = Instant.now();
        if (isWorker(who) && (action == TicketAction.WAIT_FOR_REQUESTER || action == TicketAction.RESOLVE)) {
            ticket.getSla().recordFirstResponse(now);
        }
        TicketActor actor = actorFor(who, ticket);
        workflow.move(ticket, action, actor, who.login(), text, TicketStateMachine.textReachesRequester(action, actor), now);
        if (action == TicketAction.RESOLVE) {
            ticket.recordResolutionNote(text);
        }
        if (text != null && (action == TicketAction.WAIT_FOR_REQUESTER || action == TicketAction.REOPEN)) {
            em.persist(new TicketComment(ticket, who.userId(), text, false, Channel.WEB, now));
        }
        mails.moved(ticket, action, text);
        activity.fire(new TicketActivity(ticket, false));
        return ticket;
    }

    /** Hands tickets to a group and optionally one of its members (a technician may take a ticket: assign to me). */
    public List<Ticket> assign(@NotNull @Size(min = 1, max = 200) Collection<Long> ids, long groupId, Long assigneeId,
                               @Size(max = 2000) String comment) {
        CallerIdentity who = caller.required();
        if (!isWorker(who)) {
            throw new AccessDeniedException();
        }
        SupportGroup group = em.find(SupportGroup.class, groupId);
        if (group == null) {
            throw new BusinessRuleException("ticket.group.unknown");
        }
        UserAccount assignee = assigneeId == null ? null : em.find(UserAccount.class, assigneeId);
        if (assigneeId != null && (assignee == null || !assignee.isActive() || !group.includes(assigneeId))) {
            throw new BusinessRuleException("ticket.assignee.notInGroup", group.getName());
        }
        List<Ticket> assigned = new ArrayList<>();
        Instant now = Instant.now();
        for (Long id : Set.copyOf(ids)) {
            Ticket ticket = get(id);
            ticket.assignTo(groupId, assigneeId, now);
            String detail = group.getName() + (assignee == null ? "" : " — " + assignee.getFullName())
                    + (blankToNull(comment) == null ? "" : " — " + comment.strip());
            if (assigneeId != null && TicketStateMachine.isDefined(ticket.getStatus(), TicketAction.ASSIGN)
                    && ticket.getStatus() != TicketStatus.IN_PROGRESS && ticket.getStatus() != TicketStatus.WAITING_REQUESTER) {
                workflow.move(ticket, TicketAction.ASSIGN, TicketActor.STAFF, who.login(), detail, false, now);
            } else {
                workflow.record(ticket, TicketEvent.Kind.ASSIGN, ticket.getStatus(), detail, false, now);
                audit.record("ASSIGN", ENTITY, ticket.getId(), ticket.getMemberId(), detail);
            }
            if (assignee != null && assigneeId != who.userId()) {
                mails.assigned(ticket, assignee);
            }
            assigned.add(ticket);
        }
        return assigned;
    }

    /** The requester rates the answer once the ticket is resolved. */
    public Ticket rate(long id, @Min(1) @Max(5) int stars, @Size(max = 1000) String comment) {
        CallerIdentity who = caller.required();
        Ticket ticket = get(id);
        if (ticket.getRequesterId() != who.userId()) {
            throw new AccessDeniedException();
        }
        if (ticket.getStatus() != TicketStatus.RESOLVED && ticket.getStatus() != TicketStatus.CLOSED || ticket.getRating() != null) {
            throw new BusinessRuleException("ticket.rating.notNow");
        }
        ticket.rate(stars, blankToNull(comment));
        workflow.record(ticket, TicketEvent.Kind.RATED, ticket.getStatus(), stars + "/5", true, Instant.now());
        audit.record("RATE", ENTITY, ticket.getId(), ticket.getMemberId(), stars + "/5");
        return ticket;
    }

    /** Follow a ticket (mails on public changes): staff any, a commune user one of their member's. */
    public Ticket watch(long id, boolean watching) {
        CallerIdentity who = caller.required();
        Ticket ticket = em.find(Ticket.class, id);
        if (ticket == null || !(who.isStaff() || who.memberId().equals(ticket.getMemberId())
                && (who.hasAnyRole(Role.REFERENT) || visibleTo(who, ticket)))) {
            throw new NotFoundException(ENTITY, id);
        }
        if (watching) {
            ticket.watch(who.userId());
        } else {
            ticket.unwatch(who.userId());
        }
        return ticket;
    }

    /** The transitions the caller may take now, for the page's buttons and the API. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TicketAction> availableActions(Ticket ticket) {
        TicketActor actor = actorFor(caller.required(), ticket);
        List<TicketAction> actions = new ArrayList<>();
        for (TicketAction action : EnumSet.of(TicketAction.START, TicketAction.WAIT_FOR_REQUESTER, TicketAction.RESOLVE,
                TicketAction.REOPEN, TicketAction.CLOSE)) {
            if (TicketStateMachine.allows(ticket.getStatus(), action, actor)
                    && !(action == TicketAction.REOPEN && !TicketStateMachine.canReopen(ticket.getResolvedAt(), Instant.now()))) {
                actions.add(action);
            }
        }
        return actions;
    }


    public List<SupportGroup> groups() {
        return em.createQuery("SELECT g FROM SupportGroup g ORDER BY g.name", SupportGroup.class).getResultList();
    }

    /** Active staff of a group, to assign to (by name). */
    public List<UserAccount> groupMembers(long groupId) {
        return em.createQuery("SELECT u FROM UserAccount u, SupportGroup g JOIN g.memberIds m WHERE g.id = :group"
                        + " AND u.id = m AND u.active = TRUE ORDER BY u.fullName", UserAccount.class)
                .setParameter("group", groupId).getResultList();
    }

    /** The id alone: the group's members (read with it) are not needed to route a ticket. */
    private long groupIdOf(String code) {
        return em.createQuery("SELECT g.id FROM SupportGroup g WHERE g.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
    }

    private void requirePlatform() {
        if (!caller.isPlatform()) {
            throw new AccessDeniedException();
        }
    }

    /** The syndicate's people who work tickets: technicians, managers, administrators. */
    public static boolean isWorker(CallerIdentity who) {
        return who.isStaff() && WORKERS.stream().anyMatch(who.roles()::contains);
    }

    static boolean visibleTo(CallerIdentity who, Ticket ticket) {
        if (who.isStaff()) {
            return true;
        }
        if (!who.memberId().equals(ticket.getMemberId())) {
            return false;
        }
        return who.hasAnyRole(Role.REFERENT) || ticket.getRequesterId() == who.userId()
                || ticket.getWatcherIds().contains(who.userId());
    }

    private static TicketActor actorFor(CallerIdentity who, Ticket ticket) {
        if (isWorker(who)) {
            return TicketActor.STAFF;
        }
        return isRequesterSide(who, ticket) ? TicketActor.REQUESTER : TicketActor.OBSERVER;
    }

    /** The requester, or a référent of the ticket's member: who speaks for the commune on a ticket. */
    public static boolean isRequesterSide(CallerIdentity who, Ticket ticket) {
        return ticket.getRequesterId() == who.userId() || who.hasAnyRole(Role.REFERENT) && ticket.getMemberId().equals(who.memberId());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
