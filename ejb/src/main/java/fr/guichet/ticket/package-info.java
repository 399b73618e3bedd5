/** Helpdesk tickets: types, impact and urgency, and the priority matrix (the rest comes with issue 5). */
package fr.guichet.ticket;
