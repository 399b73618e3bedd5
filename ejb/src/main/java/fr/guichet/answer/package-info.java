/**
 * Canned answers: texts managers keep per support group, with variables filled from the ticket when a
 * technician inserts one into a reply (or a rule sends one). Their use is counted.
 */
package fr.guichet.answer;
