/**
 * Member demands: a backlog shared by all members, co-signed by communes, scored on documented criteria
 * and ranked in the open, planned into quarters of limited capacity.
 */
package fr.guichet.demand;
