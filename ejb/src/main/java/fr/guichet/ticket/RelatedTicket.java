package fr.guichet.ticket;

import java.io.Serializable;

/** A ticket named on another's page: a linked ticket, or the one a duplicate was merged into. */
public record RelatedTicket(long id, String reference, String subject, TicketStatus status) implements Serializable {
}
