package fr.guichet.ticket;

/** What staff, the requester or the platform do to a ticket. */
public enum TicketAction {
    ASSIGN, START, WAIT_FOR_REQUESTER, REQUESTER_REPLIED, RESOLVE, REOPEN, CLOSE
}
