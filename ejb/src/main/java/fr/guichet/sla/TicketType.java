package fr.guichet.sla;

/** What a ticket is about; security incidents are urgent by nature. */
public enum TicketType {
    INCIDENT, REQUEST, QUESTION, SECURITY_INCIDENT
}
