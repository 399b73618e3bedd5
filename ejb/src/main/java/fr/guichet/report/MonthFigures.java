package fr.guichet.report;

/** Tickets opened and resolved in a month ({@code month}: AAAA-MM). */
public record MonthFigures(String month, long opened, long resolved) {
}
