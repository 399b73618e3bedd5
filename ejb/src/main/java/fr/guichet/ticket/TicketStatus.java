package fr.guichet.ticket;

/** The life of a ticket; the SLA clock stands still while WAITING_REQUESTER. */
public enum TicketStatus {
    NEW, ASSIGNED, IN_PROGRESS, WAITING_REQUESTER, RESOLVED, CLOSED, REOPENED;

    public boolean pausesTheClock() {
        return this == WAITING_REQUESTER;
    }
}
