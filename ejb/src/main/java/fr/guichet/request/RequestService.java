package fr.guichet.request;

import fr.guichet.audit.AuditLog;
import fr.guichet.catalog.CatalogService;
import fr.guichet.catalog.FieldType;
import fr.guichet.catalog.FormField;
import fr.guichet.catalog.ServiceOffering;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.Lookups;
import fr.guichet.common.MaxBytes;
import fr.guichet.common.Page;
import fr.guichet.common.PageRequest;
import fr.guichet.identity.UserAccount;
import fr.guichet.notification.MailOutbox;
import fr.guichet.notification.MailTemplate;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import fr.guichet.subscription.SubscriptionService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Service requests: a commune user files one for their member, a référent approves it, the syndicate
 * takes and delivers it, which updates the member's subscription. Every transition follows
 * {@link RequestStateMachine}, is written to the timeline and the audit log, and tells the people
 * concerned by mail (outbox).
 */
@Stateless
public class RequestService {

    static final String ENTITY = "request";
    private static final String ROWS = "SELECT NEW fr.guichet.request.RequestRow(r.id, r.reference, r.memberId, m.name,"
            + " r.serviceId, s.name, q.fullName, a.fullName, r.status, r.createdAt, r.updatedAt)"
            + " FROM ServiceRequest r LEFT JOIN r.assignee a, Member m, ServiceOffering s, UserAccount q"
            + " WHERE m.id = r.memberId AND s.id = r.serviceId AND q.id = r.requesterId";
    private static final String COUNT = "SELECT COUNT(r) FROM ServiceRequest r WHERE 1 = 1";
    private static final String WHERE = " AND (:member IS NULL OR r.memberId = :member)"
            + " AND (:requester IS NULL OR r.requesterId = :requester) AND (:status IS NULL OR r.status = :status)"
            + " AND (:service IS NULL OR r.serviceId = :service) AND (:assignee IS NULL OR r.assigneeId = :assignee)";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private CatalogService catalog;

    @Inject
    private SubscriptionService subscriptions;

    @Inject
    private AuditLog audit;

    @Inject
    private MailOutbox outbox;

    /** Files a request for the caller's member; submitted at once unless kept as a draft. */
    public ServiceRequest create(long serviceId, @NotNull Map<String, ?> answers, boolean submit,
                                 @Size(max = 5000) @MaxBytes(MaxBytes.TEXT) String comment) {
        CallerIdentity who = caller.requireAnyRole(Role.AGENT, Role.REFERENT);
        ServiceOffering service = catalog.get(serviceId);
        if (!service.isRequestableBy(who.memberId())) {
            throw new BusinessRuleException("request.service.notRequestable", service.getName());
        }
        var form = catalog.currentForm(serviceId);
        Map<String, String> normalised = AnswerValidator.validate(form.specs(), answers);
        checkUserAnswers(form.getFields(), normalised, who.memberId());
        ServiceRequest request = new ServiceRequest(who.memberId(), serviceId, form.getId(), who.userId(), normalised,
                Instant.now());
        em.persist(request);
        em.flush();
        request.assignReference();
        audit.record("CREATE", ENTITY, request.getId(), request.getMemberId(),
                request.getReference() + " — " + service.getName());
        if (submit) {
            submit(request, who, comment);
        }
        return request;
    }

    /** A project manager hands an approved or running request to a technician or manager of the syndicate. */
    public ServiceRequest assign(long id, long assigneeId, @Size(max = 5000) @MaxBytes(MaxBytes.TEXT) String comment) {
        ServiceRequest request = get(id);
        UserAccount assignee = em.find(UserAccount.class, assigneeId);
        if (assignee == null || !assignee.isActive() || assignee.getMember() != null
                || !(assignee.getRoles().contains(Role.TECHNICIAN) || assignee.getRoles().contains(Role.MANAGER))) {
            throw new BusinessRuleException("request.assignee.invalid");
        }
        apply(request, RequestAction.ASSIGN, actorFor(caller.required(), request),
                assignee.getFullName() + (comment == null || comment.isBlank() ? "" : " — " + comment), assignee.getId());
        return request;
    }

    /** Applies an action of the API or the pages ("approve", "take"...) with an optional comment. */
    public ServiceRequest act(long id, @NotNull RequestAction action, @Size(max = 5000) @MaxBytes(MaxBytes.TEXT) String comment) {
        CallerIdentity who = caller.required();
        ServiceRequest request = get(id);
        if (action == RequestAction.SUBMIT) {
            submit(request, who, comment);
        } else {
            apply(request, action, actorFor(who, request), comment);
        }
        return request;
    }

    /** The request if the caller may see it: staff all, a référent their member's, an agent their own. */
    public ServiceRequest get(long id) {
        CallerIdentity who = caller.required();
        return Lookups.visible(em, ServiceRequest.class, id, row -> visibleTo(who, row), ENTITY);
    }

    /** The request with this reference (as in mails), if the caller may see it. */
    public ServiceRequest getByReference(String reference) {
        return get(Lookups.idOfReference(em, ServiceRequest.class, reference, ENTITY));
    }

    /** The request's timeline as the caller may read it: a commune user never reads an assignment note. */
    public List<RequestTimelineLine> timeline(long id) {
        ServiceRequest request = get(id);
        boolean staff = caller.required().isStaff();
        return em.createQuery("SELECT e FROM RequestEvent e WHERE e.requestId = :id ORDER BY e.occurredAt, e.id", RequestEvent.class)
                .setParameter("id", request.getId()).getResultStream().map(e -> RequestTimelineLine.of(e, staff)).toList();
    }

    public Page<RequestRow> search(@NotNull RequestFilter filter, @NotNull PageRequest page) {
        CallerIdentity who = caller.required();
        Long member = who.isStaff() ? filter.memberId() : who.memberId();
        Long requester = who.isStaff() || who.hasAnyRole(Role.REFERENT) ? null : who.userId();
        Long assignee = filter.assignedToMe() ? who.userId() : null;
        String order = filter.oldestFirst() ? " ORDER BY r.createdAt, r.id" : " ORDER BY r.createdAt DESC, r.id DESC";
        TypedQuery<RequestRow> rows = em.createQuery(ROWS + WHERE + order, RequestRow.class);
        TypedQuery<Long> count = em.createQuery(COUNT + WHERE, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("member", member).setParameter("requester", requester)
                    .setParameter("status", filter.status()).setParameter("service", filter.serviceId())
                    .setParameter("assignee", assignee);
        }
        List<RequestRow> items = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, count.getSingleResult(), page.page(), page.size());
    }

    /** Which actions the caller may take on the request now, for the page's buttons. */
    public List<RequestAction> availableActions(ServiceRequest request) {
        RequestActor actor = actorFor(caller.required(), request);
        List<RequestAction> actions = new ArrayList<>();
        for (RequestAction action : RequestAction.values()) {
            if (action != RequestAction.ROUTE && action != RequestAction.ASSIGN
                    && RequestStateMachine.allows(request.getStatus(), action, actor)) {
                actions.add(action);
            }
        }
        return actions;
    }

    private void submit(ServiceRequest request, CallerIdentity who, String comment) {
        RequestActor actor = actorFor(who, request);
        apply(request, RequestAction.SUBMIT, actor, comment);
        if (actor.referentOfMember()) {
            apply(request, RequestAction.APPROVE, actor, null);
        } else {
            apply(request, RequestAction.ROUTE, RequestActor.PLATFORM, null);
        }
    }

    private void apply(ServiceRequest request, RequestAction action, RequestActor actor, String comment) {
        apply(request, action, actor, comment, null);
    }

    private void apply(ServiceRequest request, RequestAction action, RequestActor actor, String comment, Long assigneeId) {
        RequestStatus from = request.getStatus();
        RequestStatus to = RequestStateMachine.next(from, action, actor);
        if (action == RequestAction.REJECT && (comment == null || comment.isBlank())) {
            throw new BusinessRuleException("request.reject.reasonRequired");
        }
        Instant now = Instant.now();
        request.moveTo(to, now);
        if (action == RequestAction.TAKE) {
            request.assignTo(caller.required().userId());
        }
        if (action == RequestAction.ASSIGN) {
            request.assignTo(assigneeId);
        }
        if (action == RequestAction.DELIVER) {
            subscriptions.recordDelivery(request.getMemberId(), request.getServiceId(), deliveredUnits(request),
                    request.getReference());
        }
        String login = actor.platform() ? Caller.SYSTEM : caller.login();
        em.persist(new RequestEvent(request, login, action, from, blankToNull(comment), action != RequestAction.ASSIGN, now));
        // Inserted now: EclipseLink does not keep the persist order of new rows, and ids break time ties.
        em.flush();
        audit.record(action.name(), ENTITY, request.getId(), request.getMemberId(), from + " → " + to);
        notifyAbout(request, action, comment);
    }

    private BigDecimal deliveredUnits(ServiceRequest request) {
        return catalog.form(request.getFormId()).quantityField().map(FormField::getKey)
                .map(key -> request.getAnswers().get(key)).map(BigDecimal::new).orElse(BigDecimal.ONE);
    }

    private void notifyAbout(ServiceRequest request, RequestAction action, String comment) {
        ServiceOffering service = catalog.get(request.getServiceId());
        List<UserAccount> to = new ArrayList<>();
        MailTemplate template;
        switch (action) {
            case ROUTE -> {
                template = MailTemplate.REQUEST_AWAITING_APPROVAL;
                to.addAll(UserAccount.activeReferentsOf(em, List.of(request.getMemberId())));
            }
            case APPROVE -> {
                template = MailTemplate.REQUEST_APPROVED;
                to.add(user(request.getRequesterId()));
                if (service.getOwnerId() != null) {
                    to.add(user(service.getOwnerId()));
                }
            }
            case REJECT -> {
                template = MailTemplate.REQUEST_REJECTED;
                to.add(user(request.getRequesterId()));
            }
            case TAKE -> {
                template = MailTemplate.REQUEST_TAKEN;
                to.add(user(request.getRequesterId()));
            }
            case ASSIGN -> {
                // The hand-off note is for the assignee: the requester only learns who has the request.
                UserAccount assignee = user(request.getAssigneeId());
                notify(user(request.getRequesterId()), MailTemplate.REQUEST_TAKEN, request, service, assignee.getFullName());
                notify(assignee, MailTemplate.REQUEST_TAKEN, request, service, comment);
                return;
            }
            case DELIVER -> {
                template = MailTemplate.REQUEST_DELIVERED;
                to.add(user(request.getRequesterId()));
            }
            case CANCEL -> {
                template = MailTemplate.REQUEST_CANCELLED;
                to.add(user(request.getRequesterId()));
                if (request.getAssigneeId() != null) {
                    to.add(user(request.getAssigneeId()));
                }
            }
            default -> {
                return;
            }
        }
        to.stream().distinct().forEach(user -> notify(user, template, request, service, comment));
    }

    private void notify(UserAccount user, MailTemplate template, ServiceRequest request, ServiceOffering service, String text) {
        String actorName = caller.identity().map(CallerIdentity::fullName).orElse(Caller.SYSTEM);
        outbox.notify(user.recipient(), template, request.getReference(), service.getName(), actorName, text == null ? "" : text);
    }

    /** A "user" question names an active account of the same member, by login. */
    private void checkUserAnswers(List<FormField> fields, Map<String, String> answers, long memberId) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FormField field : fields) {
            String login = answers.get(field.getKey());
            if (field.getType() == FieldType.USER && login != null && em.createQuery("SELECT COUNT(u) FROM UserAccount u"
                            + " WHERE u.login = :login AND u.member.id = :member AND u.active = TRUE", Long.class)
                    .setParameter("login", login).setParameter("member", memberId).getSingleResult() == 0) {
                problems.add(new FieldProblem(field.getKey(), "request.answer.unknownUser", field.getLabel(), login));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
    }

    /** At most this many accounts are offered by a "user" question's list (large members: type the login). */
    public static final int MAX_USERS_OFFERED = 500;

    /** Active accounts of the caller's member, for "user" questions (login and name), by name. */
    public List<Object[]> memberUsers() {
        Long member = caller.required().memberId();
        return em.createQuery("SELECT u.login, u.fullName FROM UserAccount u WHERE u.member.id = :member AND u.active = TRUE"
                        + " ORDER BY u.fullName", Object[].class).setParameter("member", member)
                .setMaxResults(MAX_USERS_OFFERED).getResultList();
    }

    private UserAccount user(long id) {
        return em.find(UserAccount.class, id);
    }

    private static boolean visibleTo(CallerIdentity who, ServiceRequest request) {
        if (who.isStaff()) {
            return true;
        }
        if (!who.memberId().equals(request.getMemberId())) {
            return false;
        }
        return who.hasAnyRole(Role.REFERENT) || request.getRequesterId() == who.userId();
    }

    private static RequestActor actorFor(CallerIdentity who, ServiceRequest request) {
        boolean staff = who.isStaff();
        return new RequestActor(request.getRequesterId() == who.userId(),
                !staff && who.hasAnyRole(Role.REFERENT) && who.memberId().equals(request.getMemberId()),
                staff && who.hasAnyRole(Role.TECHNICIAN, Role.MANAGER),
                staff && who.hasAnyRole(Role.MANAGER),
                request.getAssigneeId() != null && request.getAssigneeId() == who.userId(),
                false);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
