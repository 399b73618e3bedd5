package fr.guichet.web.ticket;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a ticket page's timeline: a comment, an internal note or a history event, in time order.
 * {@code kind} is "comment", "note" or the event's kind in lower case; {@code text} is shown escaped.
 */
public record TimelineEntry(Instant at, String who, String kind, String text, String status, boolean viaMail)
        implements Serializable {
}
