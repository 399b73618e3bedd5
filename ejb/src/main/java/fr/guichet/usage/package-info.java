/**
 * Usage indicators: per member, service and month, computed from the platform (subscriptions,
 * tickets, training days attended) or entered and imported (CSV) by managers.
 */
package fr.guichet.usage;
