package fr.guichet.automation;

/**
 * A rule as the engine reads it, in the order managers gave it; {@code delay} for timed rules, and who last saved
 * it (an answer it sends goes out in their name).
 */
public record RuleDefinition(long id, String name, int position, RuleTrigger trigger, Integer delay, RuleConditions conditions,
                             RuleActions actions, long authorId) {
}
