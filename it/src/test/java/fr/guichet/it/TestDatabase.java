package fr.guichet.it;

import fr.guichet.launcher.EmbeddedDatabase;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Provides the database before Arquillian starts WildFly: the MariaDB named by GUICHET_DB_URL (with
 * GUICHET_DB_USER / GUICHET_DB_PASSWORD) when set, otherwise an embedded MariaDB with a fresh data
 * folder under target/. The chosen URL reaches the server through arquillian.xml.
 */
public class TestDatabase implements LauncherSessionListener {

    private EmbeddedDatabase embedded;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String configured = System.getenv("GUICHET_DB_URL");
        try {
            if (configured != null && !configured.isBlank()) {
                set("guichet.test.db.url", configured);
                set("guichet.test.db.user", env("GUICHET_DB_USER", "guichet"));
                set("guichet.test.db.password", env("GUICHET_DB_PASSWORD", "guichet"));
                return;
            }
            Path dir = Path.of(System.getProperty("guichet.test.db.dir", "target/mariadb"));
            deleteRecursively(dir); // every run starts from an empty database: migrations and demo data included
            embedded = EmbeddedDatabase.start(dir, Integer.getInteger("guichet.test.db.port", 3316));
            set("guichet.test.db.url", embedded.jdbcUrl());
            set("guichet.test.db.user", EmbeddedDatabase.USER);
            set("guichet.test.db.password", EmbeddedDatabase.PASSWORD);
        } catch (Exception failure) {
            throw new IllegalStateException("Test database did not start", failure);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (Exception ignored) {
                // The JVM ends anyway.
            }
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (java.nio.file.Files.exists(dir)) {
            try (var paths = java.nio.file.Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void set(String name, String value) {
        System.setProperty(name, value);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
