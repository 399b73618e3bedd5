package fr.guichet.catalog;

/** Where a service's usage indicator comes from. */
public enum UsageSource {
    /** Quantity subscribed during the month. */
    SUBSCRIPTION,
    /** Tickets opened about the service during the month. */
    TICKETS,
    /** Days of training attended (sessions of the month, attendance recorded). */
    TRAINING_DAYS,
    /** Entered or imported by managers. */
    MANUAL
}
