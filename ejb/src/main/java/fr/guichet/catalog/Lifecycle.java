package fr.guichet.catalog;

/** Where a service stands: only pilot and production services can be requested. */
public enum Lifecycle {
    PROPOSED, STUDY, PILOT, PRODUCTION, RETIRED;

    public boolean isRequestable() {
        return this == PILOT || this == PRODUCTION;
    }
}
