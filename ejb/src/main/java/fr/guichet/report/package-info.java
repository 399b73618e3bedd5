/**
 * Dashboards for DGS and the direction: tickets, service levels, satisfaction, requests, subscriptions,
 * demands and cost shares, all from aggregate SQL over covering indexes (no ticket is loaded).
 */
package fr.guichet.report;
