package fr.guichet.notification;

/** Whom a mail goes to, in their language; {@code wantsNotifications} is false when they opted out. */
public record Recipient(String email, String fullName, String login, String locale, boolean wantsNotifications) {
}
