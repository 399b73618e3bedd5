package fr.guichet.home;

import java.io.Serializable;
import java.util.List;

/**
 * A kind of thing to do: its label (bundle key), how many there are, the first few of them, what their date
 * means (bundle key), and the list page that shows them all.
 */
public record ToDoItem(String labelKey, long count, List<ToDoLine> first, String dateKey, String listOutcome)
        implements Serializable {
}
