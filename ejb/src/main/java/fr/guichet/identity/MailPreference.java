package fr.guichet.identity;

/** Whether a user receives notification mail as events happen, or none at all. */
public enum MailPreference {
    IMMEDIATE,
    NONE
}
