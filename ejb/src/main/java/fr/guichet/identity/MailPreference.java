package fr.guichet.identity;

/** Whether a user receives notification mail as events happen, once a day in one digest, or none at all. */
public enum MailPreference {
    IMMEDIATE,
    DIGEST,
    NONE
}
