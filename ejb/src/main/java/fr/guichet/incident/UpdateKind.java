package fr.guichet.incident;

/** What an update of the timeline says: news, a decision to cut a service, its restoration, the end. */
public enum UpdateKind {
    DECLARED, UPDATE, CUT_DECISION, RESTORED, RESOLVED
}
