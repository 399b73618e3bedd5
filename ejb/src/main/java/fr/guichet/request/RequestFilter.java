package fr.guichet.request;

/** Criteria of request lists; every field is optional. {@code assignedToMe} is for the syndicate's queue. */
public record RequestFilter(RequestStatus status, Long serviceId, Long memberId, boolean assignedToMe) {

    public static RequestFilter none() {
        return new RequestFilter(null, null, null, false);
    }
}
