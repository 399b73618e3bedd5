package fr.guichet.ticket;

import fr.guichet.sla.Priority;
import java.util.Set;

/**
 * What a ticket list shows. {@code statuses} empty means all; {@link #OPEN} every status before
 * resolution. {@code assigneeId} {@link #UNASSIGNED} means nobody yet.
 */
public record TicketFilter(Long memberId, Set<TicketStatus> statuses, Priority priority, Long groupId, Long assigneeId,
                           Long serviceId, String text, Boolean breached, boolean mine, Sort sort) {

    public static final Set<TicketStatus> OPEN = Set.of(TicketStatus.NEW, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS,
            TicketStatus.WAITING_REQUESTER, TicketStatus.REOPENED);
    public static final long UNASSIGNED = 0;

    /** Newest first, the most pressing SLA first, or by priority then due date. */
    public enum Sort {
        CREATED, DUE, PRIORITY, UPDATED
    }

    public TicketFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sort = sort == null ? Sort.CREATED : sort;
    }

    public static TicketFilter onlyMine() {
        return new TicketFilter(null, Set.of(), null, null, null, null, null, null, true, Sort.CREATED);
    }
}
