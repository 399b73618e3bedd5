package fr.guichet.common;

import java.time.Duration;

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

    public static String publicUrl() {
        return System.getProperty("guichet.public.url", "http://localhost:8080");
    }
}
