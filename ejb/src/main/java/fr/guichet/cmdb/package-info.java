/**
 * Configuration items: what the syndicate runs for each member (application instances, servers, mail domains,
 * network links, sites), with their catalogue service, state and typed attributes; kept by staff, imported from
 * CSV, read by a member's users for their own member only, named by tickets and used to find who an incident hits.
 */
package fr.guichet.cmdb;
