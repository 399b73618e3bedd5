package fr.guichet.automation;

import fr.guichet.sla.Priority;
import java.io.Serializable;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a rule does to a ticket: hand it to a group (and one of its members), set its priority, add a watcher of
 * its member, send a canned answer. Timed rules do what their trigger says and take none of these.
 */
public record RuleActions(Long groupId, Long assigneeId, Priority priority, Long watcherId, Long answerId) implements Serializable {

    public static final RuleActions NONE = new RuleActions(null, null, null, null, null);

    public boolean isEmpty() {
        return Stream.of(groupId, assigneeId, priority, watcherId, answerId).allMatch(Objects::isNull);
    }
}
