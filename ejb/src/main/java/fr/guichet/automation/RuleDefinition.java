package fr.guichet.automation;

/** A rule as the engine reads it, in the order managers gave it. */
public record RuleDefinition(long id, String name, int position, RuleTrigger trigger, RuleConditions conditions,
                             RuleActions actions) {
}
