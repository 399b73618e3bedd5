package fr.guichet.home;

import java.io.Serializable;
import java.time.Instant;

/**
 * One thing to do, shown on the home page: its reference and title, its state as a bundle key, its date (what
 * the date means is the item's), and the page ({@code outcome}, e.g. {@code /ticket/view}) and id it opens.
 */
public record ToDoLine(long id, String reference, String title, String stateKey, Instant at, String outcome)
        implements Serializable {
}
