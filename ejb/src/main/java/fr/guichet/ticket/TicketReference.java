package fr.guichet.ticket;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ticket references such as GUI-2026-000123: made from the year and the ticket number, found in mail subjects. */
public final class TicketReference {

    private static final Pattern IN_TEXT = Pattern.compile("\\bGUI-(\\d{4})-(\\d{6,})\\b");

    private TicketReference() {
    }

    public static String of(int year, long number) {
        return String.format("GUI-%04d-%06d", year, number);
    }

    /** The first reference a text (a mail subject) carries, if any. */
    public static Optional<String> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher found = IN_TEXT.matcher(text);
        return found.find() ? Optional.of(found.group()) : Optional.empty();
    }
}
