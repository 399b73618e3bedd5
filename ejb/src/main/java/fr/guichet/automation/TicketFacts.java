package fr.guichet.automation;

import fr.guichet.sla.Priority;
import fr.guichet.sla.TicketType;
import fr.guichet.ticket.Channel;

/** What rules see of a ticket; actions of earlier rules change what later ones see. */
public record TicketFacts(long memberId, Long serviceId, TicketType type, Priority priority, String subject, Channel channel,
                          long groupId, Long assigneeId) {

    TicketFacts after(RuleActions actions) {
        return new TicketFacts(memberId, serviceId, type, actions.priority() == null ? priority : actions.priority(), subject, channel,
                actions.groupId() == null ? groupId : actions.groupId(),
                actions.groupId() != null || actions.assigneeId() != null ? actions.assigneeId() : assigneeId);
    }
}
