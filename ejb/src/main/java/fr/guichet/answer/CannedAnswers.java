package fr.guichet.answer;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.NotFoundException;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import fr.guichet.ticket.SupportGroup;
import fr.guichet.ticket.Ticket;
import fr.guichet.ticket.TicketChanges;
import fr.guichet.ticket.TicketService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * Canned answers: managers and administrators keep them per support group (audited); technicians read the active
 * ones and fill one for a ticket, which counts its use.
 */
@Stateless
public class CannedAnswers {

    static final String ENTITY = "canned_answer";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private TicketService tickets;

    @Inject
    private AnswerFiller filler;

    /** By group then title; a group's answers alone when {@code groupId} is given; retired ones for managers only. */
    public List<CannedAnswer> list(Long groupId, boolean withRetired) {
        CallerIdentity who = caller.requireStaff(Role.TECHNICIAN, Role.MANAGER, Role.ADMIN);
        boolean retired = withRetired && who.hasAnyRole(Role.MANAGER, Role.ADMIN);
        return em.createQuery("SELECT a FROM CannedAnswer a WHERE (:group IS NULL OR a.groupId = :group)"
                        + " AND (a.active = TRUE OR :retired = TRUE) ORDER BY a.groupId, a.title, a.id", CannedAnswer.class)
                .setParameter("group", groupId).setParameter("retired", retired).getResultList();
    }

    public CannedAnswer get(long id) {
        caller.requireStaff(Role.TECHNICIAN, Role.MANAGER, Role.ADMIN);
        CannedAnswer answer = em.find(CannedAnswer.class, id);
        if (answer == null) {
            throw new NotFoundException(ENTITY, id);
        }
        return answer;
    }

    public CannedAnswer create(@NotNull @Valid CannedAnswerDraft draft) {
        caller.requireStaff(Role.MANAGER, Role.ADMIN);
        check(draft);
        CannedAnswer answer = new CannedAnswer(draft, Instant.now());
        em.persist(answer);
        em.flush();
        audit.record("CREATE", ENTITY, answer.getId(), null, answer.getTitle());
        return answer;
    }

    public CannedAnswer update(long id, @NotNull @Valid CannedAnswerDraft draft) {
        caller.requireStaff(Role.MANAGER, Role.ADMIN);
        CannedAnswer answer = get(id);
        check(draft);
        answer.change(draft, Instant.now());
        audit.record("UPDATE", ENTITY, id, null, answer.getTitle());
        return answer;
    }

    /** Retires an answer (technicians no longer see it) or brings it back; its use so far stays counted. */
    public CannedAnswer setActive(long id, boolean active) {
        caller.requireStaff(Role.MANAGER, Role.ADMIN);
        CannedAnswer answer = get(id);
        answer.setActive(active, Instant.now());
        audit.record(active ? "ACTIVATE" : "RETIRE", ENTITY, id, null, answer.getTitle());
        return answer;
    }

    /** The answer's text filled for a ticket the caller works on; its use is counted. */
    public String fillFor(long answerId, long ticketId) {
        CallerIdentity who = caller.requireStaff(Role.TECHNICIAN, Role.MANAGER, Role.ADMIN);
        get(answerId);
        Ticket ticket = tickets.get(ticketId);
        try {
            return filler.fill(answerId, ticket, who.fullName());
        } catch (TicketChanges.Refused retired) {
            throw new BusinessRuleException("answer.retired");
        }
    }

    private void check(CannedAnswerDraft draft) {
        if (em.find(SupportGroup.class, draft.groupId()) == null) {
            throw new BusinessRuleException("ticket.group.unknown");
        }
        AnswerTemplate.check(draft.body());
    }
}
