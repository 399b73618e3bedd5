package fr.guichet.ticket;

/**
 * Who acts on a ticket, as its state machine needs to know: the syndicate's staff, the requester's side
 * (the requester or their member's référent), the platform, or a commune user who only follows it.
 */
public enum TicketActor {
    STAFF, REQUESTER, PLATFORM, OBSERVER
}
