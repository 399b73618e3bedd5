package fr.guichet.ticket;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A ticket's reply address is the helpdesk mailbox with the ticket's token as sub-address
 * ({@code support+<token>@domain}, RFC 5233), which the receiving mail server delivers to the mailbox itself.
 * Read the other way, the recipients of an incoming message say which ticket it answers.
 */
public final class ReplyAddress {

    /** What the recipients of a message designate: no reply address, one ticket, or a token that does not verify. */
    public record Link(Kind kind, Long ticketId) {

        public enum Kind {
            NONE, VALID, INVALID
        }

        static final Link NONE = new Link(Kind.NONE, null);
        static final Link INVALID = new Link(Kind.INVALID, null);
    }

    private ReplyAddress() {
    }

    public static String of(String mailbox, String token) {
        int at = mailbox.lastIndexOf('@');
        return mailbox.substring(0, at) + "+" + token + mailbox.substring(at);
    }

    /**
     * The ticket the recipients (To, Cc, Delivered-To…) address through the mailbox's sub-addresses. Any
     * sub-address that does not verify, or tokens of two tickets at once, make the link invalid.
     */
    public static Link linkOf(String mailbox, Collection<String> recipients, ReplyToken tokens) {
        String box = mailbox.strip().toLowerCase(Locale.ROOT);
        int at = box.lastIndexOf('@');
        String prefix = box.substring(0, at) + "+";
        String domain = box.substring(at);
        Set<Long> tickets = new HashSet<>();
        boolean invalid = false;
        for (String recipient : recipients) {
            String address = recipient == null ? "" : recipient.strip().toLowerCase(Locale.ROOT);
            if (!address.startsWith(prefix) || !address.endsWith(domain) || address.length() <= prefix.length() + domain.length()) {
                continue;
            }
            Optional<Long> ticket = tokens.ticketOf(address.substring(prefix.length(), address.length() - domain.length()));
            if (ticket.isPresent()) {
                tickets.add(ticket.get());
            } else {
                invalid = true;
            }
        }
        if (invalid || tickets.size() > 1) {
            return Link.INVALID;
        }
        return tickets.isEmpty() ? Link.NONE : new Link(Link.Kind.VALID, tickets.iterator().next());
    }
}
