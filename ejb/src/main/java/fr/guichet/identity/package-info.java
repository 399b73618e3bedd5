/** User accounts, credentials (PBKDF2, exact logins, throttled attempts) and the rules tying roles to members. */
package fr.guichet.identity;
