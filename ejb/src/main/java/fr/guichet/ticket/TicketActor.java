package fr.guichet.ticket;

/** Who acts on a ticket, as its state machine needs to know. */
public enum TicketActor {
    STAFF, REQUESTER, PLATFORM
}
