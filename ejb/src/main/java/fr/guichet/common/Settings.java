package fr.guichet.common;

import java.time.Duration;
import java.util.Optional;

/**
 * Reads operator settings from system properties (set on the server command line by the run command,
 * the tests or the operator). One place, so that every setting and its default is easy to find.
 */
public final class Settings {

    private Settings() {
    }

    public static boolean demoData() {
        return Boolean.parseBoolean(System.getProperty("guichet.demo", "false"));
    }

    public static Duration outboxInterval() {
        return Duration.ofSeconds(Long.getLong("guichet.outbox.interval.seconds", 10));
    }

    public static Duration outboxRetryBase() {
        return Duration.ofSeconds(Long.getLong("guichet.outbox.retry.base.seconds", 30));
    }

    /** How often due daily digests are looked for (see DigestTimer). */
    public static Duration digestInterval() {
        return Duration.ofSeconds(Long.getLong("guichet.digest.interval.seconds", 300));
    }

    /** How often the timed automation rules run (see AutomationTimer). */
    public static Duration automationInterval() {
        return Duration.ofSeconds(Long.getLong("guichet.automation.interval.seconds", 300));
    }

    public static Duration slaWatchInterval() {
        return Duration.ofSeconds(Long.getLong("guichet.sla.watch.interval.seconds", 60));
    }

    /** How often tickets without search words get them (see TicketWordIndexer). */
    public static Duration wordIndexInterval() {
        return Duration.ofSeconds(Long.getLong("guichet.search.index.interval.seconds", 2));
    }

    /** The largest attachment accepted, in bytes (default 10 MB). */
    public static long attachmentMaxBytes() {
        return Long.getLong("guichet.attachments.max.bytes", 10L * 1024 * 1024);
    }

    /** The helpdesk mailbox polled for incoming mail; none: incoming mail is off. */
    public static Optional<String> mailInHost() {
        return Optional.ofNullable(System.getProperty("guichet.mail.in.host")).filter(h -> !h.isBlank());
    }

    public static int mailInPort() {
        return Integer.getInteger("guichet.mail.in.port", 993);
    }

    /** imap or imaps. */
    public static String mailInProtocol() {
        return System.getProperty("guichet.mail.in.protocol", "imaps");
    }

    public static String mailInUser() {
        return System.getProperty("guichet.mail.in.user", "");
    }

    public static String mailInPassword() {
        return System.getProperty("guichet.mail.in.password", "");
    }

    public static String mailInFolder() {
        return System.getProperty("guichet.mail.in.folder", "INBOX");
    }

    public static Duration mailInInterval() {
        return Duration.ofSeconds(Long.getLong("guichet.mail.in.interval.seconds", 60));
    }

    /** The helpdesk's address; ticket mails give {@code local+<token>@domain} for replies. */
    public static String mailInAddress() {
        return System.getProperty("guichet.mail.in.address", "support@guichet.localhost");
    }

    /** The key of reply tokens (at least 16 bytes); unset: one generated and kept in the database. */
    public static Optional<String> mailReplySecret() {
        return Optional.ofNullable(System.getProperty("guichet.mail.reply.secret")).filter(s -> !s.isBlank());
    }

    /** Whether incoming mail needs the receiving server's DMARC, DKIM or SPF pass to open a ticket or comment. */
    public static boolean mailInRequireAuthentication() {
        return Boolean.parseBoolean(System.getProperty("guichet.mail.in.require.auth", "true"));
    }

    /** The authserv-id of the receiving mail server: only its Authentication-Results headers are believed. */
    public static String mailInAuthservId() {
        return System.getProperty("guichet.mail.in.authserv.id", "");
    }

    /** Where users report an accessibility barrier (the accessibility statement's contact). */
    public static String accessibilityContact() {
        return System.getProperty("guichet.accessibility.contact", "accessibilite@guichet.localhost");
    }

    /** Where this instance's source code is published; empty: it is given on request (EUPL article 5). */
    public static String sourceUrl() {
        return System.getProperty("guichet.source.url", "");
    }

    /** The body that publishes this instance (the statement names it). */
    public static String publisherName() {
        return System.getProperty("guichet.publisher.name", "SITIV");
    }

    public static String publicUrl() {
        return System.getProperty("guichet.public.url", "http://localhost:8080");
    }
}
