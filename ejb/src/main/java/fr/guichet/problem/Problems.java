package fr.guichet.problem;

import fr.guichet.audit.AuditLog;
import fr.guichet.audit.ChangeSummary;
import fr.guichet.catalog.ServiceDirectory;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.Lookups;
import fr.guichet.common.NotFoundException;
import fr.guichet.common.Page;
import fr.guichet.common.PageRequest;
import fr.guichet.common.StoredTexts;
import fr.guichet.identity.UserAccount;
import fr.guichet.incident.MajorIncident;
import fr.guichet.kb.Article;
import fr.guichet.kb.ArticleDraft;
import fr.guichet.kb.KnowledgeService;
import fr.guichet.notification.MailOutbox;
import fr.guichet.notification.MailTemplate;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import fr.guichet.ticket.Ticket;
import fr.guichet.ticket.TicketService;
import fr.guichet.ticket.TicketStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Problems. The syndicate's staff read them (the analysis and the root cause are internal); technicians, managers and
 * administrators keep them. Every change is audited; closing mails each requester of the problem's tickets once,
 * with the public note only.
 */
@Stateless
public class Problems {

    static final String ENTITY = "problem";
    private static final Role[] READERS = {Role.TECHNICIAN, Role.MANAGER, Role.DIRECTOR, Role.ADMIN};
    private static final Role[] KEEPERS = {Role.TECHNICIAN, Role.MANAGER, Role.ADMIN};

    /** A problem as a ticket's or an article's page names it. */
    public record Summary(long id, String reference, String title, ProblemStatus status) implements Serializable {
    }

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
    private TicketService tickets;

    @Inject
    private KnowledgeService knowledge;

    /** Refuses a caller who may not keep these records, before a body is even checked. */
    public void requireKeeper() {
        caller.requireStaff(KEEPERS);
    }

    public Problem open(@NotNull @Valid ProblemDraft draft) {
        CallerIdentity who = caller.requireStaff(KEEPERS);
        checkService(draft);
        Problem problem = new Problem(draft, who.login(), Instant.now());
        em.persist(problem);
        em.flush();
        problem.assignReference();
        audit.record("OPEN", ENTITY, problem.getId(), null, problem.getReference() + " — " + problem.getTitle());
        return problem;
    }

    /** Newest first; only those in {@code status} when it is given. */
    public Page<Problem> page(ProblemStatus status, @NotNull PageRequest request) {
        caller.requireStaff(READERS);
        return Lookups.newestFirst(em, Problem.class, status, request);
    }

    @SuppressWarnings("unchecked")
    public ProblemView view(long id) {
        caller.requireStaff(READERS);
        Problem problem = find(id);
        List<Object[]> ticketRows = em.createNativeQuery("SELECT t.id, t.reference, t.subject, t.status, m.name FROM problem_ticket p"
                + " JOIN ticket t ON t.id = p.ticket_id JOIN member m ON m.id = t.member_id WHERE p.problem_id = ?"
                + " ORDER BY t.created_at DESC, t.id DESC LIMIT 1000").setParameter(1, id).getResultList();
        List<Object[]> incidentRows = em.createNativeQuery("SELECT i.id, i.reference, i.title FROM problem_incident p"
                + " JOIN major_incident i ON i.id = p.incident_id WHERE p.problem_id = ? ORDER BY i.declared_at DESC")
                .setParameter(1, id).getResultList();
        ProblemView.Article article = null;
        if (problem.getWorkaroundArticleId() != null) {
            Article a = knowledge.get(problem.getWorkaroundArticleId());
            article = new ProblemView.Article(a.getId(), a.getTitle(), a.isPublicArticle());
        }
        return new ProblemView(problem, problem.getServiceId() == null ? null : services.names().get(problem.getServiceId()),
                ticketRows.stream().map(r -> new ProblemView.LinkedTicket(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        TicketStatus.valueOf((String) r[3]), (String) r[4])).toList(),
                incidentRows.stream().map(r -> new ProblemView.LinkedIncident(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
                        .toList(), article);
    }

    /** Changes the texts; {@code version} is the one the editor read, so that two editors do not overwrite each other. */
    public Problem update(long id, int version, @NotNull @Valid ProblemDraft draft) {
        caller.requireStaff(KEEPERS);
        Problem problem = worked(id);
        if (problem.getVersion() != version) {
            throw new BusinessRuleException("problem.stale");
        }
        checkService(draft);
        Map<String, Object> before = snapshot(problem.draft());
        problem.change(draft);
        em.flush();
        audit.record("UPDATE", ENTITY, id, null, ChangeSummary.between(before, snapshot(draft)));
        return problem;
    }

    /** Groups a ticket under the problem; a ticket has one cause at most. */
    public void linkTicket(long id, long ticketId) {
        caller.requireStaff(KEEPERS);
        Problem problem = worked(id);
        Ticket ticket = tickets.get(ticketId);
        Optional<Summary> current = ofTicket(ticketId);
        if (current.isPresent()) {
            if (current.get().id() != id) {
                throw new BusinessRuleException("problem.ticket.elsewhere", ticket.getReference(), current.get().reference());
            }
            return;
        }
        em.createNativeQuery("INSERT INTO problem_ticket (problem_id, ticket_id) VALUES (?, ?)").setParameter(1, id)
                .setParameter(2, ticketId).executeUpdate();
        audit.record("LINK", ENTITY, problem.getId(), ticket.getMemberId(), ticket.getReference());
    }

    public void unlinkTicket(long id, long ticketId) {
        unlink(id, "problem_ticket", "ticket_id", ticketId, "ticket");
    }

    public void linkIncident(long id, long incidentId) {
        caller.requireStaff(KEEPERS);
        worked(id);
        MajorIncident incident = em.find(MajorIncident.class, incidentId);
        if (incident == null) {
            throw new NotFoundException("major_incident", incidentId);
        }
        em.createNativeQuery("INSERT IGNORE INTO problem_incident (problem_id, incident_id) VALUES (?, ?)").setParameter(1, id)
                .setParameter(2, incidentId).executeUpdate();
        audit.record("LINK", ENTITY, id, null, incident.getReference());
    }

    public void unlinkIncident(long id, long incidentId) {
        unlink(id, "problem_incident", "incident_id", incidentId, "major_incident");
    }

    /**
     * Publishes the workaround as a knowledge-base article, public (communes read it) or internal, linked back to the
     * problem; publishing again updates the same article. The problem becomes a known error.
     */
    public Article publishWorkaround(long id, boolean publicArticle) {
        caller.requireStaff(KEEPERS);
        Problem problem = worked(id);
        if (problem.getWorkaround() == null) {
            throw new BusinessRuleException("problem.workaround.missing");
        }
        ArticleDraft draft = new ArticleDraft(StoredTexts.get("stored.problem.article.title", problem.getTitle()), problem.getWorkaround(),
                "contournement", publicArticle, problem.getServiceId() == null ? Set.of() : Set.of(problem.getServiceId()));
        Article article = problem.getWorkaroundArticleId() == null ? knowledge.create(draft, null)
                : knowledge.update(problem.getWorkaroundArticleId(), draft);
        problem.workaroundPublished(article.getId());
        audit.record("PUBLISH_WORKAROUND", ENTITY, id, null, problem.getReference() + (publicArticle ? " (public)" : " (interne)"));
        return article;
    }

    /** Closes the problem; with {@code notifyRequesters}, each requester of its tickets gets the public note once. */
    @SuppressWarnings("unchecked")
    public Problem close(long id, @NotNull @Valid ProblemClosure closure) {
        caller.requireStaff(KEEPERS);
        Problem problem = worked(id);
        if (closure.rootCause() == null && problem.getRootCause() == null) {
            throw new BusinessRuleException("problem.rootCause.required");
        }
        if (closure.notifyRequesters() && closure.publicNote() == null) {
            throw new BusinessRuleException("problem.note.required");
        }
        if (closure.rootCause() != null) {
            ProblemDraft draft = problem.draft();
            problem.change(new ProblemDraft(draft.title(), draft.serviceId(), draft.analysis(), draft.workaround(), closure.rootCause()));
        }
        int notified = 0;
        if (closure.notifyRequesters()) {
            List<Object[]> rows = em.createNativeQuery("SELECT t.requester_id, t.reference FROM problem_ticket p JOIN ticket t"
                    + " ON t.id = p.ticket_id WHERE p.problem_id = ? ORDER BY t.reference").setParameter(1, id).getResultList();
            Map<Long, List<String>> byRequester = new TreeMap<>();
            rows.forEach(r -> byRequester.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]));
            notified = mail(problem, closure.publicNote(), byRequester);
        }
        problem.close(closure.publicNote(), notified, Instant.now());
        audit.record("CLOSE", ENTITY, id, null, problem.getReference() + " — " + notified + " demandeur(s) prévenu(s)");
        return problem;
    }

    /**
     * Closes the problem a completed change fixes, if still open: its root cause, when none was written, names the
     * change; nobody is mailed (the staff who close it by hand choose to tell the requesters).
     */
    public void closeByChange(long id, String changeReference, String changeTitle) {
        Problem problem = find(id);
        if (problem.isClosed()) {
            return;
        }
        close(id, new ProblemClosure(problem.getRootCause() == null
                ? StoredTexts.get("stored.change.closesProblem", changeReference, changeTitle) : null, null, false));
    }

    /** A problem's reference, title and status, for staff pages naming it. */
    public Optional<Summary> summary(long id) {
        return summary("SELECT id, reference, title, status FROM problem WHERE id = ?", id);
    }

    /** The problem a ticket is grouped under, for staff reading the ticket. */
    public Optional<Summary> ofTicket(long ticketId) {
        return summary("SELECT p.id, p.reference, p.title, p.status FROM problem_ticket l JOIN problem p ON p.id = l.problem_id"
                + " WHERE l.ticket_id = ?", ticketId);
    }

    /** The problem whose workaround an article publishes, for staff reading the article. */
    public Optional<Summary> ofArticle(long articleId) {
        return summary("SELECT id, reference, title, status FROM problem WHERE workaround_article_id = ?", articleId);
    }

    @SuppressWarnings("unchecked")
    private Optional<Summary> summary(String sql, long id) {
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> new Summary(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                ProblemStatus.valueOf((String) r[3])));
    }

    private int mail(Problem problem, String note, Map<Long, List<String>> byRequester) {
        if (byRequester.isEmpty()) {
            return 0;
        }
        List<UserAccount> requesters = em.createQuery("SELECT u FROM UserAccount u WHERE u.id IN :ids AND u.active = TRUE ORDER BY u.id",
                UserAccount.class).setParameter("ids", byRequester.keySet()).getResultList();
        for (UserAccount requester : requesters) {
            outbox.notify(requester.recipient(), MailTemplate.PROBLEM_CLOSED, problem.getReference(), problem.getTitle(), note,
                    String.join(", ", byRequester.get(requester.getId())));
        }
        return requesters.size();
    }

    private void unlink(long id, String table, String column, long linkedId, String what) {
        caller.requireStaff(KEEPERS);
        find(id);
        int removed = em.createNativeQuery("DELETE FROM " + table + " WHERE problem_id = ? AND " + column + " = ?")
                .setParameter(1, id).setParameter(2, linkedId).executeUpdate();
        if (removed == 0) {
            throw new NotFoundException(what, linkedId);
        }
        audit.record("UNLINK", ENTITY, id, null, what + " " + linkedId);
    }

    private void checkService(ProblemDraft draft) {
        if (draft.serviceId() != null && !services.names().containsKey(draft.serviceId())) {
            throw new BusinessRuleException("problem.service.unknown", draft.serviceId());
        }
    }

    /** A problem still worked on: a closed one is history. */
    private Problem worked(long id) {
        Problem problem = find(id);
        if (problem.isClosed()) {
            throw new BusinessRuleException("problem.closed", problem.getReference());
        }
        return problem;
    }

    private Problem find(long id) {
        Problem problem = em.find(Problem.class, id);
        if (problem == null) {
            throw new NotFoundException(ENTITY, id);
        }
        return problem;
    }

    private static Map<String, Object> snapshot(ProblemDraft draft) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", draft.title());
        values.put("service", draft.serviceId());
        values.put("analysis", length(draft.analysis()));
        values.put("workaround", length(draft.workaround()));
        values.put("rootCause", length(draft.rootCause()));
        return values;
    }

    /** Internal texts are not copied into the audit log: their length says they changed. */
    private static String length(String text) {
        return text == null ? "—" : text.length() + " car.";
    }
}
