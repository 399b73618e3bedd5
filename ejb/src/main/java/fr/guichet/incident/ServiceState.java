package fr.guichet.incident;

/** What a service's users can expect of it now. */
public enum ServiceState {
    OPERATIONAL, DEGRADED, OUTAGE
}
