/** Training services' dated sessions: seats, registrations, waiting list and attendance. Member data. */
package fr.guichet.training;
