/** User accounts, credentials (PBKDF2, lockout) and the rules tying roles to members. */
package fr.guichet.identity;
