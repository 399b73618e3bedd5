/**
 * Service levels in business time: calendars (working days and hours, French public holidays, closures,
 * 24/7) and the clock that computes due dates from them. Pure classes, exhaustively unit-tested.
 */
package fr.guichet.sla;
