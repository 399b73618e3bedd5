/**
 * Service requests: a member asks for a catalogue service through its form; the state machine,
 * answer validation and the orchestration of approval, delivery and notifications. Member data.
 */
package fr.guichet.request;
