package fr.guichet.member;

import fr.guichet.audit.AuditLog;
import fr.guichet.audit.ChangeSummary;
import fr.guichet.common.NotFoundException;
import fr.guichet.common.StoredTexts;
import fr.guichet.security.AccessDeniedException;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A member's crisis contacts: the syndicate's staff read every member's, a référent their own member's and keeps
 * it (an administrator may too). Other commune users never see it: it holds private phone numbers. Changes are
 * audited; the list is replaced whole, in calling order.
 */
@Stateless
public class CrisisContacts {

    static final String ENTITY = "crisis_contact";
    public static final int MAX_CONTACTS = 20;

    /** A member's list as the caller may see it. */
    public record Sheet(long memberId, String memberName, List<CrisisContactDraft> contacts, boolean editable) {

        /** A crisis needs someone who decides (to cut a service, to file a complaint). */
        public boolean hasDecider() {
            return contacts.stream().anyMatch(CrisisContactDraft::decides);
        }
    }

    /** How ready a member is for a crisis: how many contacts it gave, and how many of them decide. */
    public record Coverage(long memberId, String memberName, long contacts, long deciders) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private MemberDirectory members;

    @Inject
    private AuditLog audit;

    public Sheet of(long memberId) {
        String name = readable(memberId);
        return new Sheet(memberId, name, load(memberId).stream().map(CrisisContact::draft).toList(), editable(memberId));
    }

    /** Staff only: every member with its counts, by name, so that a member nobody could decide for stands out. */
    @SuppressWarnings("unchecked")
    public List<Coverage> coverage() {
        caller.requireStaff(Role.TECHNICIAN, Role.MANAGER, Role.DIRECTOR, Role.ADMIN);
        List<Object[]> rows = em.createNativeQuery("SELECT m.id, m.name, COUNT(c.id), COALESCE(SUM(c.decides), 0) FROM member m"
                + " LEFT JOIN crisis_contact c ON c.member_id = m.id GROUP BY m.id, m.name ORDER BY m.name, m.id").getResultList();
        return rows.stream().map(r -> new Coverage(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue())).toList();
    }

    /**
     * Refuses the call unless the caller may change the member's list: a request from another member is "not found"
     * before its body is even looked at.
     */
    public void checkEditable(long memberId) {
        readable(memberId);
        if (!editable(memberId)) {
            throw new AccessDeniedException();
        }
    }

    public Sheet replace(long memberId,
                         @NotNull @Size(max = MAX_CONTACTS, message = "{crisis.tooMany}") List<@NotNull @Valid CrisisContactDraft> contacts) {
        checkEditable(memberId);
        Map<String, Object> before = described(load(memberId).stream().map(CrisisContact::draft).toList());
        em.createQuery("DELETE FROM CrisisContact c WHERE c.memberId = :member").setParameter("member", memberId).executeUpdate();
        for (int i = 0; i < contacts.size(); i++) {
            em.persist(new CrisisContact(memberId, i + 1, contacts.get(i)));
        }
        em.flush();
        audit.record("UPDATE_CRISIS_CONTACTS", ENTITY, memberId, memberId, ChangeSummary.between(before, described(contacts)));
        return of(memberId);
    }

    /** The member's name when the caller may read its list; another member's is "not found", an agent is refused. */
    private String readable(long memberId) {
        CallerIdentity who = caller.required();
        if (!who.scope().allows(memberId)) {
            throw new NotFoundException("member", memberId);
        }
        if (!who.isStaff() && !who.hasAnyRole(Role.REFERENT)) {
            throw new AccessDeniedException();
        }
        return members.one(memberId).orElseThrow(() -> new NotFoundException("member", memberId)).name();
    }

    private boolean editable(long memberId) {
        CallerIdentity who = caller.required();
        return who.hasAnyRole(Role.ADMIN) || !who.isStaff() && who.hasAnyRole(Role.REFERENT) && who.scope().allows(memberId);
    }

    private List<CrisisContact> load(long memberId) {
        return em.createQuery("SELECT c FROM CrisisContact c WHERE c.memberId = :member ORDER BY c.callOrder", CrisisContact.class)
                .setParameter("member", memberId).getResultList();
    }

    /** One line per contact, keyed by its place in the calling order, for the audit log. */
    private static Map<String, Object> described(List<CrisisContactDraft> contacts) {
        Map<String, Object> lines = new LinkedHashMap<>();
        for (int i = 0; i < contacts.size(); i++) {
            CrisisContactDraft c = contacts.get(i);
            lines.put(String.format("contact %02d", i + 1), StoredTexts.get(c.decides() ? "stored.crisis.decides" : "stored.crisis.informed",
                    c.name(), c.role().name(), String.valueOf(c.phone()), String.valueOf(c.email())));
        }
        return lines;
    }
}
