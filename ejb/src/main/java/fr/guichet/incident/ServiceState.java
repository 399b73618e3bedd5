package fr.guichet.incident;

/** What a service's users can expect of it now, from the least to the most unavailable. */
public enum ServiceState {
    OPERATIONAL, DEGRADED, MAINTENANCE, OUTAGE;

    /** The worse of the two: a planned interruption outweighs a degradation, an outage everything. */
    public ServiceState worst(ServiceState other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
