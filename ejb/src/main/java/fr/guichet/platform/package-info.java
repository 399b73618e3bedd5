/** What the application needs from its platform: schema migrations at start-up, health checks. */
package fr.guichet.platform;
