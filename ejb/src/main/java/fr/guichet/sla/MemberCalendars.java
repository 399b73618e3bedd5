package fr.guichet.sla;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.NotFoundException;
import fr.guichet.member.MemberDirectory;
import fr.guichet.security.Caller;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * A member's calendar: the public holidays of its department (read, never typed) and its own closed days, which
 * managers and administrators keep (audited). Its tickets' SLA clocks run on it ({@link SlaSettings#calendar(String, long)}).
 */
@Stateless
public class MemberCalendars {

    static final String ENTITY = "member_closure";

    /** A member's year: where its holidays come from, the holidays, and its own closures. */
    public record Year(long memberId, String department, List<LocalDate> holidays, List<MemberClosure> closures) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private MemberDirectory members;

    @Inject
    private SlaSettings settings;

    @Inject
    private AuditLog audit;

    /** Staff any member's; a commune user their own member's. */
    public Year year(long memberId, int year) {
        if (!caller.scope().allows(memberId)) {
            throw new NotFoundException("member", memberId);
        }
        if (year < 2000 || year > 2100) {
            throw new BusinessRuleException("calendar.year.invalid", year);
        }
        String department = FrenchHolidays.departmentOf(member(memberId).inseeCode());
        List<MemberClosure> closures = em.createQuery("SELECT c FROM MemberClosure c WHERE c.memberId = :member"
                        + " AND c.day >= :from AND c.day < :to ORDER BY c.day", MemberClosure.class)
                .setParameter("member", memberId).setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1)).getResultList();
        return new Year(memberId, department, List.copyOf(new TreeSet<>(FrenchHolidays.of(year, department))), closures);
    }

    public MemberClosure close(long memberId, @NotNull LocalDate day, @NotBlank @Size(max = 150) String reason) {
        requireManager();
        member(memberId);
        if (em.find(MemberClosure.class, new MemberClosure.Key(memberId, day)) != null) {
            throw new BusinessRuleException("calendar.closure.exists", day);
        }
        MemberClosure closure = new MemberClosure(memberId, day, reason.strip());
        em.persist(closure);
        audit.record("CLOSE_DAY", ENTITY, memberId + "/" + day, memberId, reason.strip());
        settings.forget();
        return closure;
    }

    public void reopen(long memberId, @NotNull LocalDate day) {
        requireManager();
        MemberClosure closure = em.find(MemberClosure.class, new MemberClosure.Key(memberId, day));
        if (closure == null) {
            throw new NotFoundException(ENTITY, memberId + "/" + day);
        }
        em.remove(closure);
        audit.record("REOPEN_DAY", ENTITY, memberId + "/" + day, memberId, closure.getReason());
        settings.forget();
    }

    private MemberDirectory.Facts member(long memberId) {
        return members.one(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
    }

    private void requireManager() {
        caller.requireStaff(Role.MANAGER, Role.ADMIN);
    }
}
