package fr.guichet.incident;

public enum IncidentStatus {
    OPEN, RESOLVED
}
