package fr.guichet.ticket;

import java.io.Serializable;
import java.time.Instant;

/** One line of a ticket's history as a reader sees it: the detail only if the reader may read it. */
public record TicketHistoryLine(Instant at, String actor, TicketEvent.Kind kind, TicketStatus from, TicketStatus to,
                                String detail) implements Serializable {

    /** Staff read every detail; a commune user reads only the details that were made public. */
    static TicketHistoryLine of(TicketEvent event, boolean staffReader) {
        return new TicketHistoryLine(event.getOccurredAt(), event.getActorLogin(), event.getKind(), event.getFromStatus(),
                event.getToStatus(), staffReader || event.isDetailPublic() ? event.getDetail() : null);
    }
}
