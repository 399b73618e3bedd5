package fr.guichet.notification;

/** PENDING until delivered (SENT) or given up after all retries (FAILED). */
public enum OutboxStatus {
    PENDING,
    SENT,
    FAILED
}
