package fr.guichet.automation;

import fr.guichet.answer.AnswerFiller;
import fr.guichet.common.StoredTexts;
import fr.guichet.ticket.Ticket;
import fr.guichet.ticket.TicketActivity;
import fr.guichet.ticket.TicketChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Applies the event rules to a ticket just opened or changed, in that change's transaction, and records each rule
 * that acted. An action that cannot be made is recorded as the rule's failure; the ticket and the other actions
 * stay.
 */
@ApplicationScoped
public class RuleRunner {

    private static final Logger LOG = Logger.getLogger(RuleRunner.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RuleCache rules;

    @Inject
    private TicketChanges changes;

    @Inject
    private AnswerFiller answers;

    void on(@Observes TicketActivity activity) {
        RuleTrigger trigger = activity.created() ? RuleTrigger.TICKET_CREATED : RuleTrigger.TICKET_UPDATED;
        List<RuleDefinition> candidates = rules.active(trigger);
        if (candidates.isEmpty()) {
            return;
        }
        Ticket ticket = activity.ticket();
        for (RuleEngine.Firing firing : RuleEngine.evaluate(candidates, trigger, facts(ticket))) {
            apply(firing.rule(), ticket);
        }
    }

    static TicketFacts facts(Ticket ticket) {
        return new TicketFacts(ticket.getMemberId(), ticket.getServiceId(), ticket.getType(), ticket.getPriority(), ticket.getSubject(),
                ticket.getSource(), ticket.getGroupId(), ticket.getAssigneeId());
    }

    private void apply(RuleDefinition rule, Ticket ticket) {
        String label = StoredTexts.get("stored.rule.label", rule.name());
        RuleActions then = rule.actions();
        List<String> done = new ArrayList<>();
        try {
            if (then.groupId() != null) {
                done.add(StoredTexts.get("stored.rule.routed", changes.route(ticket, then.groupId(), then.assigneeId(), label)));
            }
            if (then.priority() != null) {
                done.add(StoredTexts.get("stored.rule.prioritized", changes.prioritize(ticket, then.priority(), label)));
            }
            if (then.watcherId() != null) {
                done.add(StoredTexts.get("stored.rule.watcher", changes.addWatcher(ticket, then.watcherId(), label)));
            }
            if (then.answerId() != null) {
                String text = answers.fill(then.answerId(), ticket, authorName(rule));
                changes.answer(ticket, rule.authorId(), text, label);
                done.add(StoredTexts.get("stored.rule.answered", answers.title(then.answerId())));
            }
            record(rule, ticket, true, String.join(" ; ", done));
        } catch (TicketChanges.Refused refused) {
            LOG.info(() -> "Rule " + rule.id() + " could not act on ticket " + ticket.getId() + ": " + refused.getMessage());
            done.add(StoredTexts.get("stored.rule.failed", refused.getMessage()));
            record(rule, ticket, false, String.join(" ; ", done));
        }
    }

    private String authorName(RuleDefinition rule) {
        return em.createQuery("SELECT u.fullName FROM UserAccount u WHERE u.id = :id", String.class)
                .setParameter("id", rule.authorId()).getSingleResult();
    }

    void record(RuleDefinition rule, Ticket ticket, boolean succeeded, String detail) {
        em.persist(new RuleRun(rule.id(), ticket.getId(), ticket.getMemberId(), succeeded, detail, Instant.now()));
    }
}
