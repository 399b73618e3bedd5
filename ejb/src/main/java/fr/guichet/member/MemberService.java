package fr.guichet.member;

import fr.guichet.audit.AuditLog;
import fr.guichet.audit.ChangeSummary;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.NotFoundException;
import fr.guichet.security.Caller;
import fr.guichet.security.MemberScope;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/** Members as the caller may see them: commune users their own, staff all. Changes are audited. */
@Stateless
public class MemberService {

    static final String ENTITY = "member";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    /** Visible members by name; at most a few hundred rows, so no paging. */
    public List<Member> listVisible() {
        MemberScope scope = caller.scope();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Member> query = cb.createQuery(Member.class);
        Root<Member> member = query.from(Member.class);
        query.where(scope.restrict(cb, member.get("id"))).orderBy(cb.asc(member.get("name")));
        return em.createQuery(query).getResultList();
    }

    /** The member if the caller may see it; another member's id is "not found", never "forbidden". */
    public Member get(long id) {
        if (!caller.scope().allows(id)) {
            throw new NotFoundException(ENTITY, id);
        }
        Member member = em.find(Member.class, id);
        if (member == null) {
            throw new NotFoundException(ENTITY, id);
        }
        return member;
    }

    public Member create(@NotNull @Valid MemberDetails details) {
        caller.requireAnyRole(Role.ADMIN);
        Member member = new Member(details);
        ensureUnique(member.getSlug(), member.getInseeCode(), null);
        em.persist(member);
        em.flush();
        audit.record("CREATE", ENTITY, member.getId(), member.getId(), ChangeSummary.of(member.snapshot()));
        return member;
    }

    public Member update(long id, @NotNull @Valid MemberDetails details) {
        caller.requireAnyRole(Role.ADMIN);
        Member member = get(id);
        Map<String, Object> before = member.snapshot();
        member.apply(details);
        ensureUnique(null, member.getInseeCode(), id);
        audit.record("UPDATE", ENTITY, id, id, ChangeSummary.between(before, member.snapshot()));
        return member;
    }

    /** A référent updates their own member's contact details; administrators any member's. */
    public Member updateContact(long id, @NotNull @Valid MemberContact contact) {
        caller.requireAnyRole(Role.REFERENT, Role.ADMIN);
        Member member = get(id);
        Map<String, Object> before = member.snapshot();
        member.updateContact(contact);
        audit.record("UPDATE_CONTACT", ENTITY, id, id, ChangeSummary.between(before, member.snapshot()));
        return member;
    }

    private void ensureUnique(String slug, String inseeCode, Long exceptId) {
        if (slug != null && count("slug", slug, exceptId) > 0) {
            throw new BusinessRuleException("member.name.taken");
        }
        if (inseeCode != null && count("inseeCode", inseeCode, exceptId) > 0) {
            throw new BusinessRuleException("member.insee.taken", inseeCode);
        }
    }

    private long count(String field, String value, Long exceptId) {
        return em.createQuery("SELECT COUNT(m) FROM Member m WHERE m." + field + " = :value AND m.id <> :except",
                        Long.class)
                .setParameter("value", value)
                .setParameter("except", exceptId == null ? -1L : exceptId)
                .getSingleResult();
    }
}
