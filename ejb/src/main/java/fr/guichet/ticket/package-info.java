/**
 * Helpdesk tickets: their lifecycle, lists and search, details, comments, attachments, mail in and out, and
 * the SLA watch. Priorities and service levels come from {@link fr.guichet.sla}.
 */
package fr.guichet.ticket;
