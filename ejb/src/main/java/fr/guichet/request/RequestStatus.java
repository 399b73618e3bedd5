package fr.guichet.request;

/** The life of a service request, from the commune's draft to the syndicate's delivery. */
public enum RequestStatus {
    DRAFT, SUBMITTED, AWAITING_APPROVAL, APPROVED, REJECTED, IN_PROGRESS, DELIVERED, CANCELLED;

    public boolean isFinal() {
        return this == REJECTED || this == DELIVERED || this == CANCELLED;
    }
}
