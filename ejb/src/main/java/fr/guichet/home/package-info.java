/**
 * The home page as a to-do list per role: what waits for the caller, counted cheaply on indexed columns, with
 * the first few items and a link to each. Reads the other domains; nothing depends on it.
 */
package fr.guichet.home;
