package fr.guichet.ticket;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.NotFoundException;
import fr.guichet.security.Caller;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Managers and administrators keep the support groups: their name, their manager (told of breaches and of tickets
 * nobody took) and their members, who may be assigned its tickets. Members are active staff who work tickets.
 */
@Stateless
public class SupportGroups {

    static final String ENTITY = "support_group";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    public SupportGroup create(@NotNull @Valid GroupDraft draft) {
        caller.requireStaff(Role.MANAGER, Role.ADMIN);
        if (!em.createQuery("SELECT g.id FROM SupportGroup g WHERE g.code = :code", Long.class).setParameter("code", draft.code())
                .getResultList().isEmpty()) {
            throw new BusinessRuleException("group.code.taken", draft.code());
        }
        checkPeople(draft);
        SupportGroup group = new SupportGroup(draft.code(), draft.name().strip(), draft.managerId(), draft.memberIds());
        em.persist(group);
        em.flush();
        audit.record("CREATE", ENTITY, group.getId(), null, group.getName() + " — " + new TreeSet<>(draft.memberIds()));
        return group;
    }

    /** Renames the group, changes its manager and its members; tickets already assigned to a leaver stay theirs. */
    public SupportGroup update(long id, @NotNull @Valid GroupDraft draft) {
        caller.requireStaff(Role.MANAGER, Role.ADMIN);
        SupportGroup group = em.find(SupportGroup.class, id);
        if (group == null) {
            throw new NotFoundException(ENTITY, id);
        }
        checkPeople(draft);
        String before = group.getName() + " — " + group.getManagerId() + " — " + new TreeSet<>(group.getMemberIds());
        group.change(draft.name().strip(), draft.managerId(), draft.memberIds());
        audit.record("UPDATE", ENTITY, id, null, before + " → " + group.getName() + " — " + group.getManagerId() + " — "
                + new TreeSet<>(group.getMemberIds()));
        return group;
    }

    private void checkPeople(GroupDraft draft) {
        Set<Long> people = new HashSet<>(draft.memberIds());
        if (draft.managerId() != null) {
            people.add(draft.managerId());
        }
        if (people.isEmpty()) {
            return;
        }
        List<Long> workers = em.createQuery("SELECT DISTINCT u.id FROM UserAccount u JOIN u.roles r WHERE u.id IN :ids"
                        + " AND u.active = TRUE AND u.member IS NULL AND r IN :roles", Long.class)
                .setParameter("ids", people).setParameter("roles", Set.of(Role.TECHNICIAN, Role.MANAGER, Role.ADMIN)).getResultList();
        if (workers.size() != people.size()) {
            throw new BusinessRuleException("group.people.staffOnly");
        }
    }
}
