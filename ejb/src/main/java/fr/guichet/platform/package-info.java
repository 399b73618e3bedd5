/**
 * What the application needs from its platform: schema migrations at start-up, health checks, background
 * jobs that never overlap, native reads and statement counting for the hot paths.
 */
package fr.guichet.platform;
