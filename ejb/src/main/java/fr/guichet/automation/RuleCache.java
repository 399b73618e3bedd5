package fr.guichet.automation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The active rules by trigger, kept a minute per node so that opening a ticket reads no rule table: a change on
 * this node is seen at once, on another node within the minute.
 */
@ApplicationScoped
public class RuleCache {

    private static final Duration KEPT = Duration.ofMinutes(1);

    @PersistenceContext
    private EntityManager em;

    private volatile Map<RuleTrigger, List<RuleDefinition>> byTrigger;
    private volatile Instant loadedAt = Instant.MIN;

    public List<RuleDefinition> active(RuleTrigger trigger) {
        Map<RuleTrigger, List<RuleDefinition>> current = byTrigger;
        if (current == null || loadedAt.plus(KEPT).isBefore(Instant.now())) {
            current = new EnumMap<>(RuleTrigger.class);
            current.putAll(em.createQuery("SELECT r FROM AutomationRule r WHERE r.active = TRUE ORDER BY r.position, r.id",
                    AutomationRule.class).getResultStream().map(AutomationRule::definition)
                    .collect(Collectors.groupingBy(RuleDefinition::trigger)));
            byTrigger = current;
            loadedAt = Instant.now();
        }
        return current.getOrDefault(trigger, List.of());
    }

    void invalidate() {
        byTrigger = null;
    }
}
