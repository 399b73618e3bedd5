/**
 * Service levels in business time: calendars (working days and hours, French public holidays, closures,
 * 24/7), the clock that computes due dates from them, and what decides the targets: the ticket type, the
 * impact × urgency → priority matrix and the policies. Pure classes, exhaustively unit-tested; tickets
 * depend on this package, never the reverse.
 */
package fr.guichet.sla;
