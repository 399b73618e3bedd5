package fr.guichet.demand;

/** What a demand asks for. */
public enum DemandKind {
    NEW_SERVICE, SERVICE_CHANGE, REGULATORY, SECURITY, TRAINING, OTHER
}
