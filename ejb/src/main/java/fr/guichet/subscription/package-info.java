/** Subscriptions: which member uses which service, how much, and the history of changes. Member data. */
package fr.guichet.subscription;
