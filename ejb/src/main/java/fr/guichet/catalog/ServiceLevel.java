package fr.guichet.catalog;

/** The support level a service gets (drives SLA targets). */
public enum ServiceLevel {
    STANDARD, RENFORCE, CRITIQUE
}
