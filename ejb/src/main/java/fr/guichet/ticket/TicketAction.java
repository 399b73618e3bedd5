package fr.guichet.ticket;

/** What staff, the requester or the platform do to a ticket. */
public enum TicketAction {
    ASSIGN, START, WAIT_FOR_REQUESTER, REQUESTER_REPLIED, RESOLVE, REOPEN, CLOSE;

    /** Whether the action carries a message to the other side (a question, a resolution, a reason to reopen). */
    public boolean carriesAnswer() {
        return this == WAIT_FOR_REQUESTER || this == RESOLVE || this == REOPEN;
    }
}
