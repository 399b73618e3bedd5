package fr.guichet.notification;

/**
 * Whom a mail goes to, in their language; {@code wantsNotifications} is false when they opted out, {@code digestHour}
 * (Paris time) is set when they read their notifications in one mail a day.
 */
public record Recipient(String email, String fullName, String login, String locale, boolean wantsNotifications,
                        Integer digestHour) {
}
