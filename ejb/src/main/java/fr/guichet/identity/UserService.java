package fr.guichet.identity;

import fr.guichet.audit.AuditLog;
import fr.guichet.audit.ChangeSummary;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.NotFoundException;
import fr.guichet.common.Page;
import fr.guichet.common.PageRequest;
import fr.guichet.common.StoredTexts;
import fr.guichet.member.MemberService;
import fr.guichet.notification.MailOutbox;
import fr.guichet.notification.MailTemplate;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.MemberScope;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * User accounts. Administrators manage all of them; a référent and staff may list the accounts they
 * can see (a référent: their member's). Every change is audited; people are told by mail (outbox).
 */
@Stateless
public class UserService {

    static final String ENTITY = "user";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private MailOutbox outbox;

    @Inject
    private MemberService members;

    @Inject
    private LoginThrottles throttles;

    private final PasswordHasher hasher = new PasswordHasher();

    public Page<UserRow> search(@NotNull UserFilter filter, @NotNull PageRequest page) {
        caller.requireAnyRole(Role.ADMIN, Role.REFERENT, Role.DIRECTOR, Role.MANAGER, Role.TECHNICIAN);
        MemberScope scope = caller.scope();
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Tuple> select = cb.createTupleQuery();
        Root<UserAccount> user = select.from(UserAccount.class);
        Join<Object, Object> member = user.join("member", JoinType.LEFT);
        select.multiselect(user.get("id"), user.get("login"), user.get("fullName"), user.get("email"),
                        member.get("id"), member.get("name"), user.get("active"))
                .where(criteria(cb, select, user, member, filter, scope))
                .orderBy(cb.asc(user.get("fullName")), cb.asc(user.get("id")));
        List<Tuple> tuples = em.createQuery(select)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<UserAccount> counted = count.from(UserAccount.class);
        Join<Object, Object> countedMember = counted.join("member", JoinType.LEFT);
        count.select(cb.count(counted)).where(criteria(cb, count, counted, countedMember, filter, scope));
        long total = em.createQuery(count).getSingleResult();

        Map<Long, Set<Role>> roles = rolesOf(tuples.stream().map(t -> t.get(0, Long.class)).toList());
        Map<String, Instant> delayed = throttles.delayedUntil(tuples.stream().map(t -> t.get(1, String.class)).toList(),
                Instant.now());
        List<UserRow> rows = tuples.stream().map(t -> new UserRow(t.get(0, Long.class), t.get(1, String.class),
                t.get(2, String.class), t.get(3, String.class), t.get(4, Long.class), t.get(5, String.class),
                roles.getOrDefault(t.get(0, Long.class), Set.of()), t.get(6, Boolean.class),
                delayed.get(t.get(1, String.class)))).toList();
        return new Page<>(rows, total, page.page(), page.size());
    }

    public UserAccount get(long id) {
        caller.requireAnyRole(Role.ADMIN, Role.REFERENT, Role.DIRECTOR, Role.MANAGER, Role.TECHNICIAN);
        UserAccount user = em.find(UserAccount.class, id);
        if (user == null || !caller.scope().allows(user.owningMemberId())) {
            throw new NotFoundException(ENTITY, id);
        }
        return user;
    }

    /** Creates an account; its login arrives normalised ({@link NewUser}), as every login form will type it. */
    public UserAccount create(@NotNull @Valid NewUser request) {
        caller.requireAnyRole(Role.ADMIN);
        PasswordPolicy.check(request.password());
        if (!em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                .setParameter("login", request.login()).getResultList().isEmpty()) {
            throw new BusinessRuleException("user.login.taken", request.login());
        }
        var member = request.memberId() == null ? null : members.get(request.memberId());
        UserAccount user = new UserAccount(request.login(), request.fullName().trim(), request.email().trim(), member,
                EnumSet.copyOf(request.roles()), hasher.hash(request.password().toCharArray()), Instant.now());
        em.persist(user);
        em.flush();
        audit.record("CREATE", ENTITY, user.getId(), user.owningMemberId(), ChangeSummary.of(user.snapshot()));
        outbox.notify(user.recipient(), MailTemplate.ACCOUNT_CREATED);
        return user;
    }

    public UserAccount update(long id, @NotNull @Valid UserChanges changes) {
        caller.requireAnyRole(Role.ADMIN);
        UserAccount user = get(id);
        Map<String, Object> before = user.snapshot();
        user.update(changes.fullName().trim(), changes.email().trim(), EnumSet.copyOf(changes.roles()),
                changes.locale(), changes.mailPreference());
        audit.record("UPDATE", ENTITY, id, user.owningMemberId(), ChangeSummary.between(before, user.snapshot()));
        return user;
    }

    public UserAccount deactivate(long id) {
        CallerIdentity admin = caller.requireAnyRole(Role.ADMIN);
        if (admin.userId() == id) {
            throw new BusinessRuleException("user.deactivate.self");
        }
        UserAccount user = get(id);
        user.deactivate();
        audit.record("DEACTIVATE", ENTITY, id, user.owningMemberId(), "active: true → false");
        return user;
    }

    public UserAccount reactivate(long id) {
        caller.requireAnyRole(Role.ADMIN);
        UserAccount user = get(id);
        user.reactivate();
        audit.record("REACTIVATE", ENTITY, id, user.owningMemberId(), "active: false → true");
        return user;
    }

    /** Sets a new password chosen by an administrator, ends any slowing down of logins and tells the user. */
    public UserAccount resetPassword(long id, String newPassword) {
        caller.requireAnyRole(Role.ADMIN);
        PasswordPolicy.check(newPassword);
        UserAccount user = get(id);
        user.changePassword(hasher.hash(newPassword.toCharArray()), Instant.now());
        throttles.clear(user.getLogin());
        audit.record("RESET_PASSWORD", ENTITY, id, user.owningMemberId(), StoredTexts.get("stored.audit.password.reset"));
        outbox.notify(user.recipient(), MailTemplate.PASSWORD_RESET);
        return user;
    }

    /** Forgets the failed attempts on the user's login, so the next login is not slowed down. */
    public UserAccount unlock(long id) {
        caller.requireAnyRole(Role.ADMIN);
        UserAccount user = get(id);
        throttles.clear(user.getLogin());
        audit.record("UNLOCK", ENTITY, id, user.owningMemberId(), StoredTexts.get("stored.audit.login.unlocked"));
        return user;
    }

    /** Whether failed attempts slow the user's logins down now (for the administration pages). */
    public boolean isLoginDelayed(UserAccount user) {
        caller.requireAnyRole(Role.ADMIN, Role.REFERENT, Role.DIRECTOR, Role.MANAGER, Role.TECHNICIAN);
        return throttles.delayedUntil(user.getLogin(), Instant.now()).isPresent();
    }

    /** The caller's own account, for their profile page. */
    public UserAccount me() {
        return em.find(UserAccount.class, caller.required().userId());
    }

    public UserAccount changeOwnPreferences(@NotNull String locale, @NotNull MailPreference preference,
                                           @Min(0) @Max(23) int digestHour) {
        if (!Set.of("fr", "en").contains(locale.toLowerCase(Locale.ROOT))) {
            throw new BusinessRuleException("user.locale.invalid");
        }
        UserAccount user = me();
        Map<String, Object> before = user.snapshot();
        user.changePreferences(locale.toLowerCase(Locale.ROOT), preference, digestHour);
        audit.record("UPDATE_PREFERENCES", ENTITY, user.getId(), user.owningMemberId(),
                ChangeSummary.between(before, user.snapshot()));
        return user;
    }

    public void changeOwnPassword(@NotNull String currentPassword, @NotNull String newPassword) {
        UserAccount user = me();
        if (!hasher.verify(currentPassword.toCharArray(), user.getPasswordHash())) {
            throw new BusinessRuleException("password.current.wrong");
        }
        PasswordPolicy.check(newPassword);
        user.changePassword(hasher.hash(newPassword.toCharArray()), Instant.now());
        audit.record("CHANGE_PASSWORD", ENTITY, user.getId(), user.owningMemberId(),
                StoredTexts.get("stored.audit.password.changed"));
    }

    private Map<Long, Set<Role>> rolesOf(List<Long> userIds) {
        Map<Long, Set<Role>> roles = new HashMap<>();
        if (userIds.isEmpty()) {
            return roles;
        }
        em.createQuery("SELECT u.id, r FROM UserAccount u JOIN u.roles r WHERE u.id IN :ids", Object[].class)
                .setParameter("ids", userIds).getResultList()
                .forEach(row -> roles.computeIfAbsent((Long) row[0], k -> EnumSet.noneOf(Role.class)).add((Role) row[1]));
        return roles;
    }

    /** Member conditions go through the LEFT join: a path like user.member.id would drop staff (no member). */
    private static Predicate[] criteria(CriteriaBuilder cb, CriteriaQuery<?> query, Root<UserAccount> user,
                                        Join<Object, Object> member, UserFilter filter, MemberScope scope) {
        List<Predicate> where = new ArrayList<>();
        where.add(scope.restrict(cb, member.get("id")));
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + filter.text().trim().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(cb.or(cb.like(cb.lower(user.get("login")), like), cb.like(cb.lower(user.get("fullName")), like),
                    cb.like(cb.lower(user.get("email")), like)));
        }
        if (filter.memberId() != null) {
            where.add(cb.equal(member.get("id"), filter.memberId()));
        }
        if (filter.active() != null) {
            where.add(cb.equal(user.get("active"), filter.active()));
        }
        if (filter.role() != null) {
            Subquery<Long> withRole = query.subquery(Long.class);
            Root<UserAccount> holder = withRole.from(UserAccount.class);
            withRole.select(holder.get("id")).where(cb.equal(holder.join("roles"), filter.role()));
            where.add(user.get("id").in(withRole));
        }
        return where.toArray(Predicate[]::new);
    }
}
