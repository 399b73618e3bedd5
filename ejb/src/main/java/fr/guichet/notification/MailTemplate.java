package fr.guichet.notification;

/**
 * The mails the platform sends. Texts are in {@code mails_fr.properties} and
 * {@code mails_en.properties}; security notices and crisis news go out at once, whatever the user's mail preference.
 */
public enum MailTemplate {
    ACCOUNT_CREATED(false),
    PASSWORD_RESET(true),
    LOGIN_THROTTLED(true),
    REQUEST_AWAITING_APPROVAL(false),
    REQUEST_APPROVED(false),
    REQUEST_REJECTED(false),
    REQUEST_TAKEN(false),
    REQUEST_DELIVERED(false),
    REQUEST_CANCELLED(false),
    TRAINING_CONFIRMED(false),
    TRAINING_WAITING(false),
    TRAINING_PROMOTED(false),
    TRAINING_CANCELLED(false),
    TICKET_OPENED(false),
    TICKET_ASSIGNED(false),
    TICKET_COMMENTED(false),
    TICKET_WAITING(false),
    TICKET_RESOLVED(false),
    TICKET_RATING(false),
    TICKET_REOPENED(false),
    TICKET_MERGED(false),
    TICKET_REMINDER(false),
    TICKET_ESCALATED(false),
    TICKET_RESPONSE_WARNING(false),
    TICKET_RESOLUTION_WARNING(false),
    TICKET_RESPONSE_BREACHED(false),
    TICKET_RESOLUTION_BREACHED(false),
    DEMAND_CHANGED(false),
    DEMAND_SUPPORTED(false),
    // A crisis does not wait for tomorrow's digest, nor for a preference to hear less.
    MAJOR_INCIDENT_UPDATE(true),
    MAJOR_INCIDENT_DECISION(true),
    PROBLEM_CLOSED(false),
    // A planned interruption is announced days ahead: it must not wait behind a digest.
    CHANGE_ANNOUNCED(true);

    private final boolean securityNotice;

    MailTemplate(boolean securityNotice) {
        this.securityNotice = securityNotice;
    }

    public boolean isSecurityNotice() {
        return securityNotice;
    }

    String key() {
        return "mail." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }
}
