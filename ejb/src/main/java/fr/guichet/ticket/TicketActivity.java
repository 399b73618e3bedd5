package fr.guichet.ticket;

/**
 * A ticket was opened or changed by someone (not by a rule): fired synchronously, in the change's transaction, for
 * the automation rules to look at it.
 */
public record TicketActivity(Ticket ticket, boolean created) {
}
