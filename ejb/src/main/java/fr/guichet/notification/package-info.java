/** Notification mail: written to an outbox with the change, delivered by a timer with retries. */
package fr.guichet.notification;
