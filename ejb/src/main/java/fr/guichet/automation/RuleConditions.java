package fr.guichet.automation;

import fr.guichet.common.SearchWords;
import fr.guichet.sla.Priority;
import fr.guichet.sla.TicketType;
import fr.guichet.ticket.Channel;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a ticket must be for a rule to act; an empty condition matches every ticket. {@code words} must all appear
 * in the subject, compared as search words are (no accents, no case, singular).
 */
public record RuleConditions(Long memberId, Long serviceId, TicketType type, Priority priority, @Size(max = 200) String words,
                             Channel channel)
        implements Serializable {

    public static final RuleConditions ANY = new RuleConditions(null, null, null, null, null, null);

    boolean matches(TicketFacts ticket) {
        return (memberId == null || memberId == ticket.memberId())
                && (serviceId == null || serviceId.equals(ticket.serviceId()))
                && (type == null || type == ticket.type())
                && (priority == null || priority == ticket.priority())
                && (channel == null || channel == ticket.channel())
                && SearchWords.of(ticket.subject()).containsAll(SearchWords.of(words));
    }

    /** Whether the condition names anything at all. */
    public boolean isEmpty() {
        return Stream.of(memberId, serviceId, type, priority, channel).allMatch(Objects::isNull) && SearchWords.of(words).isEmpty();
    }
}
