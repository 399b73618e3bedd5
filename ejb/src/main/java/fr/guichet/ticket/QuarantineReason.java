package fr.guichet.ticket;

/**
 * Why an incoming message became neither a ticket nor a comment. Shown to administrators in their
 * language ({@code quarantine.reason.*}); the message's detail adds what is particular to it.
 */
public enum QuarantineReason {
    /** No active account has the From address (or several share it). */
    UNKNOWN_SENDER,
    /** From a syndicate address: staff answer in Guichet, never to a commune by mail alone. */
    STAFF_SENDER,
    /** The receiving mail server did not vouch for the From address (DMARC, DKIM or SPF). */
    NOT_AUTHENTICATED,
    /** A ticket reference in the subject but no reply address: a reference can be guessed. */
    NO_TOKEN,
    /** A reply address whose token does not verify (altered, or made for another ticket). */
    INVALID_TOKEN,
    /** The ticket of a valid reply address is closed, or the sender may not see it. */
    TICKET_NOT_VISIBLE,
    /** The message could not be read (broken MIME) twice: set aside. */
    UNREADABLE,
    /** Processing the message failed twice: set aside. */
    FAILED
}
