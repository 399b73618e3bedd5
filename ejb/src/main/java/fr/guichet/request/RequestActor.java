package fr.guichet.request;

/**
 * What the state machine needs to know of whoever acts on a request: their relation to it and to the
 * member that filed it.
 */
public record RequestActor(boolean requester, boolean referentOfMember, boolean syndicateWorker, boolean manager,
                           boolean assignee, boolean platform) {

    public static final RequestActor PLATFORM = new RequestActor(false, false, false, false, false, true);
}
