/**
 * Cost sharing: each service's yearly cost split among members by its funding mode (distribution
 * key, subscriptions, usage), to the cent; and the direction's simulations of another year.
 */
package fr.guichet.cost;
