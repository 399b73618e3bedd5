package fr.guichet.ticket;

/** The two clocks of a ticket. */
public enum SlaTargetKind {
    FIRST_RESPONSE, RESOLUTION
}
