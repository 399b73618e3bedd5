package fr.guichet.report;

import java.io.Serializable;

/** Tickets opened and resolved in a month ({@code month}: AAAA-MM). */
public record MonthFigures(String month, long opened, long resolved) implements Serializable {
}
