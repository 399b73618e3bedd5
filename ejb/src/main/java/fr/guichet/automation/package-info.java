/**
 * Automation rules that managers keep in the UI: on a ticket's creation or update, conditions on its member,
 * service, type, priority, words of its subject and channel decide actions (group, assignee, priority, watcher,
 * canned answer), in the event's transaction; time rules remind, escalate and close on the cluster-safe timer.
 * The rules themselves are plain Java ({@link fr.guichet.automation.RuleEngine}); a rule that fails is recorded
 * and never costs the ticket.
 */
package fr.guichet.automation;
