package fr.guichet.automation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which rules act on a ticket's event, apart from the database. Rules are read in their order; each acts
 * at most once per event, and sees the ticket as the rules before it left it (a rule may route by the priority an
 * earlier one set). What the rules change raises no new event, so rules can never set each other off in a loop.
 */
public final class RuleEngine {

    /** A rule that acts, with the ticket as it will be after it. */
    public record Firing(RuleDefinition rule, TicketFacts after) {
    }

    private RuleEngine() {
    }

    public static List<Firing> evaluate(List<RuleDefinition> rules, RuleTrigger trigger, TicketFacts ticket) {
        List<Firing> firings = new ArrayList<>();
        TicketFacts current = ticket;
        for (RuleDefinition rule : rules.stream().sorted(Comparator.comparingInt(RuleDefinition::position)
                .thenComparingLong(RuleDefinition::id)).toList()) {
            if (rule.trigger() == trigger && rule.conditions().matches(current)) {
                current = current.after(rule.actions());
                firings.add(new Firing(rule, current));
            }
        }
        return firings;
    }
}
