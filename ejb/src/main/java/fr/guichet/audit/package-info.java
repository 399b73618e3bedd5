/** The append-only audit trail of state changes, written in the same transaction as each change. */
package fr.guichet.audit;
