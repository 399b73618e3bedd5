package fr.guichet.sla;

/** How soon the problem hurts. */
public enum Urgency {
    LOW, MEDIUM, HIGH
}
