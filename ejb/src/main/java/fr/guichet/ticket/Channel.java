package fr.guichet.ticket;

/** How a ticket or a comment reached the helpdesk. */
public enum Channel {
    WEB, API, MAIL
}
