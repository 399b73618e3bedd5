package fr.guichet.subscription;

/** Whether a member currently uses a service. */
public enum SubscriptionStatus {
    ACTIVE, SUSPENDED, ENDED
}
