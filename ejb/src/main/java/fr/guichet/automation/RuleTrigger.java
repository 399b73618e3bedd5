package fr.guichet.automation;

/** When a rule is looked at: on a ticket's events, or by the timer after a delay in business time. */
public enum RuleTrigger {
    TICKET_CREATED, TICKET_UPDATED,
    /** A ticket waits for its requester for the rule's number of business days: the requester is reminded once. */
    REMIND_WAITING,
    /** A ticket stays unassigned for the rule's number of business hours: its group's manager is told once. */
    ESCALATE_UNASSIGNED,
    /** A ticket stays resolved for the rule's number of business days: it is closed. */
    CLOSE_RESOLVED;

    public boolean isTimed() {
        return this != TICKET_CREATED && this != TICKET_UPDATED;
    }
}
