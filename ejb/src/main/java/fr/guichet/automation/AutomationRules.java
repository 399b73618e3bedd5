package fr.guichet.automation;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.NotFoundException;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Managers and administrators keep the automation rules (audited) and review what they did. */
@Stateless
public class AutomationRules {

    static final String ENTITY = "automation_rule";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A rule's run, with the names people read. */
    public record RunLine(long ruleId, String ruleName, long ticketId, String ticketReference, Instant firedAt, boolean succeeded,
                          String detail) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private RuleCache cache;

    public List<AutomationRule> list() {
        requireManager();
        return em.createQuery("SELECT r FROM AutomationRule r ORDER BY r.trigger, r.position, r.id", AutomationRule.class).getResultList();
    }

    public AutomationRule get(long id) {
        requireManager();
        AutomationRule rule = em.find(AutomationRule.class, id);
        if (rule == null) {
            throw new NotFoundException(ENTITY, id);
        }
        return rule;
    }

    public AutomationRule create(@NotNull @Valid RuleDraft draft) {
        CallerIdentity who = requireManager();
        check(draft);
        AutomationRule rule = new AutomationRule(draft, who.userId(), Instant.now());
        em.persist(rule);
        em.flush();
        audit.record("CREATE", ENTITY, rule.getId(), null, rule.getName() + " — " + rule.getTrigger());
        cache.invalidate();
        return rule;
    }

    public AutomationRule update(long id, @NotNull @Valid RuleDraft draft) {
        CallerIdentity who = requireManager();
        AutomationRule rule = get(id);
        check(draft);
        rule.change(draft, who.userId(), Instant.now());
        audit.record("UPDATE", ENTITY, id, null, rule.getName() + " — " + rule.getTrigger());
        cache.invalidate();
        return rule;
    }

    public AutomationRule setActive(long id, boolean active) {
        requireManager();
        AutomationRule rule = get(id);
        rule.setActive(active, Instant.now());
        audit.record(active ? "ACTIVATE" : "DEACTIVATE", ENTITY, id, null, rule.getName());
        cache.invalidate();
        return rule;
    }

    /** What the rules did on a day (Paris time), newest first, at most {@code limit} lines. */
    public List<RunLine> runs(@NotNull LocalDate day, int limit) {
        requireManager();
        return em.createQuery("SELECT NEW fr.guichet.automation.AutomationRules.RunLine(r.id, r.name, t.id, t.reference, x.firedAt,"
                        + " x.succeeded, x.detail) FROM RuleRun x, AutomationRule r, Ticket t WHERE r.id = x.ruleId AND t.id = x.ticketId"
                        + " AND x.firedAt >= :from AND x.firedAt < :to ORDER BY x.firedAt DESC, x.id DESC", RunLine.class)
                .setParameter("from", day.atStartOfDay(PARIS).toInstant()).setParameter("to", day.plusDays(1).atStartOfDay(PARIS).toInstant())
                .setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    }

    /**
     * An event rule acts (at least one action, an assignee only with its group); a timed rule has its delay and
     * does only what its trigger says.
     */
    private void check(RuleDraft draft) {
        if (draft.trigger().isTimed()) {
            if (draft.delay() == null) {
                throw new BusinessRuleException("rule.delay.required");
            }
            if (!draft.actions().isEmpty()) {
                throw new BusinessRuleException("rule.timed.noActions");
            }
        } else if (draft.actions().isEmpty()) {
            throw new BusinessRuleException("rule.action.required");
        }
        if (draft.actions().assigneeId() != null && draft.actions().groupId() == null) {
            throw new BusinessRuleException("rule.assignee.needsGroup");
        }
    }

    private CallerIdentity requireManager() {
        return caller.requireStaff(Role.MANAGER, Role.ADMIN);
    }
}
