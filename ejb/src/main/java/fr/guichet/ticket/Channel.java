package fr.guichet.ticket;

/** How a ticket or a comment reached the helpdesk. */
public enum Channel {
    WEB, API, MAIL,
    /** A commune user phoned the helpdesk; a technician opened the ticket for them. */
    PHONE,
    /** A commune user came to the syndicate's counter; a technician opened the ticket for them. */
    COUNTER;

    /** The channels by which staff open a ticket on someone's behalf. */
    public boolean isTakenByStaff() {
        return this == PHONE || this == COUNTER || this == MAIL;
    }
}
