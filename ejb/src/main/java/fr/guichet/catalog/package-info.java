/**
 * The service catalogue co-built with members: categories, services with their funding mode and
 * lifecycle, and versioned request forms. Shared by all members (not member data).
 */
package fr.guichet.catalog;
