package fr.guichet.automation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A rule as a manager writes it. An event rule needs at least one action; a timed rule needs its delay (business
 * days, or hours for escalation) and takes no action of its own ({@link AutomationRules} checks both).
 */
public record RuleDraft(@NotBlank @Size(max = 150) String name, @NotNull RuleTrigger trigger, @Min(0) @Max(10_000) int position,
                        @Min(1) @Max(365) Integer delay, @NotNull @Valid RuleConditions conditions, @NotNull RuleActions actions) {
}
