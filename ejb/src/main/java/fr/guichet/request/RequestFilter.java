package fr.guichet.request;

/**
 * Criteria of request lists; every field is optional. {@code assignedToMe} is for the syndicate's queue;
 * lists are newest first unless {@code oldestFirst} (a queue is worked from its oldest request).
 */
public record RequestFilter(RequestStatus status, Long serviceId, Long memberId, boolean assignedToMe,
                            boolean oldestFirst) {

    public static RequestFilter none() {
        return new RequestFilter(null, null, null, false, false);
    }
}
