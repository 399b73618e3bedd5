package fr.guichet.request;

import java.io.Serializable;
import java.time.Instant;

/** One line of a request's timeline as a reader sees it: the comment only if the reader may read it. */
public record RequestTimelineLine(Instant at, String actor, RequestAction action, RequestStatus from, RequestStatus to,
                                  String comment) implements Serializable {

    /** Staff read every comment; a commune user reads those that were not internal notes of the syndicate. */
    static RequestTimelineLine of(RequestEvent event, boolean staffReader) {
        return new RequestTimelineLine(event.getOccurredAt(), event.getActorLogin(), event.getAction(),
                event.getFromStatus(), event.getToStatus(), staffReader || event.isCommentPublic() ? event.getComment() : null);
    }
}
