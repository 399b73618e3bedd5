package fr.guichet.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/** The provisioned WildFly (server/target/wildfly) as a child process with the application deployed. */
public final class WildFlyServer implements AutoCloseable {

    private final Process process;

    private WildFlyServer(Process process) {
        this.process = process;
    }

    /**
     * Boots WildFly on a fresh copy of its {@code standalone} folder ({@code baseDir}), so that run mode
     * never leaves a deployment behind in the server the tests use.
     */
    public static WildFlyServer start(Path home, Path baseDir, Path ear, List<String> systemProperties)
            throws IOException {
        copyFresh(home.resolve("standalone"), baseDir);
        Files.copy(ear, baseDir.resolve("deployments/guichet.ear"), StandardCopyOption.REPLACE_EXISTING);
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(home)
                .setBaseDirectory(baseDir)
                .setServerConfiguration("standalone.xml")
                // A fixed 512 MB heap serves a million tickets (see README, benchmark): lists never hold more than a page.
                .addJavaOption("-Xms512m")
                .addJavaOption("-Xmx" + System.getProperty("guichet.heap", "512m"));
        systemProperties.forEach(command::addJavaOption);
        Process process = Launcher.of(command).inherit().launch();
        return new WildFlyServer(process);
    }

    /** Waits until the application answers its health check, or the server dies, or time runs out. */
    public boolean awaitHealthy(String baseUrl, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl + "/health")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // Still booting.
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static void copyFresh(Path source, Path target) throws IOException {
        if (Files.exists(target)) {
            try (Stream<Path> old = Files.walk(target)) {
                old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (!file.startsWith(source.resolve("data")) && !file.startsWith(source.resolve("tmp"))) {
                    Files.copy(file, copy);
                }
            }
        }
    }

    public void waitFor() throws InterruptedException {
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
