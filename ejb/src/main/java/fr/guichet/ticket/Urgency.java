package fr.guichet.ticket;

/** How soon the problem hurts. */
public enum Urgency {
    LOW, MEDIUM, HIGH
}
