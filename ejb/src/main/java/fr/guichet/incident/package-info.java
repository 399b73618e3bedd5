/**
 * Major incidents: an outage or an attack above its tickets, the services and members it hits, a timeline of
 * public and internal updates mailed to the affected members' référents and crisis contacts.
 */
package fr.guichet.incident;
