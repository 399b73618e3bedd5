package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a test of the suite: the load benchmark of the helpdesk, run by {@code mvn -B verify -Pbenchmark}.
 * Loads {@code guichet.benchmark.first.tickets} (100 000) tickets shaped like real ones ({@link BenchmarkData}),
 * runs six workloads with wrk (open tickets as an agent, a member's open queue by priority, a ticket's
 * details, a full-text search, a count, an agent's own list), tops up to {@code guichet.benchmark.tickets}
 * (1 000 000) and runs them again, then times the dashboards ({@link DashboardBenchmark#timings()}). Figures
 * go to the build output ({@code [benchmark]} lines) and {@code it/target/benchmark-report.txt}. Speed is
 * read, never enforced: only correctness fails the run (check requests answered, every ticket opened once,
 * found in the database with its own reference), and only at the end, once the figures are written.
 */
@ExtendWith(ArquillianExtension.class)
class HelpdeskBenchmark {

    private static final long FIRST = Long.getLong("guichet.benchmark.first.tickets", 100_000);
    private static final long TICKETS = Long.getLong("guichet.benchmark.tickets", 1_000_000);
    private static final int SECONDS = Integer.getInteger("guichet.benchmark.seconds", 30);
    /** The server JIT-compiles the hot paths over the first minute of load: a short warm-up under-measures. */
    private static final int WARM_UP_SECONDS = Integer.getInteger("guichet.benchmark.warmup.seconds", 20);
    /** With true, each measured run is recorded by Flight Recorder into target/jfr/ (it costs the server some speed). */
    private static final boolean PROFILE = Boolean.getBoolean("guichet.benchmark.jfr");
    private static final String TECHNICIAN = "tech1";
    private static final Path REPORT = Path.of("target/benchmark-report.txt");
    private static final Path SCRIPTS = Path.of("target/wrk");

    private final List<String> report = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private BenchmarkData data;
    private TestSmtp smtp;
    private long firstBenchmarkId;
    private CpuMeter cpu;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void helpdeskUnderLoad() {
        WildFlyProcess wildFly = WildFlyProcess.find();
        cpu = new CpuMeter(wildFly.pid());
        note(String.format(Locale.ROOT, "Guichet load benchmark, %s, %d processors (nproc), WildFly heap %s (guichet.test.jvm.heap %s),"
                        + " InnoDB buffer pool %s", OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT))
                        .replaceFirst("\\.\\d+", ""), Runtime.getRuntime().availableProcessors(), wildFly.heap(),
                System.getProperty("guichet.test.jvm.heap", "?"), System.getProperty("guichet.db.buffer.pool", "?")));
        note("Each workload: " + Wrk.command(SECONDS) + " after a " + WARM_UP_SECONDS + " s warm-up (same command, -d"
                + WARM_UP_SECONDS + "s); latencies in ms; WildFly RSS read from /proc after the workload");
        try (TestSmtp mailServer = TestSmtp.start()) {
            smtp = mailServer;
            data = BenchmarkData.prepare();
            firstBenchmarkId = Sql.number("SELECT COALESCE(MAX(id), 0) + 1 FROM ticket");
            for (long size : Stream.of(FIRST, TICKETS).distinct().toList()) {
                load(size);
                workloads(wildFly);
                write();
            }
        }
        note("Dashboards (through the API, warm, as directeur):");
        DashboardBenchmark.timings().forEach(this::note);
        write();
        assertTrue(problems.isEmpty(), "Problems found by the benchmark:\n" + String.join("\n", problems));
    }

    private void load(long target) {
        boolean searchIndexed = BenchmarkData.hasSearchIndexedColumn();
        long start = System.nanoTime();
        long added = data.fillUpTo(target, searchIndexed);
        BenchmarkData.analyze();
        double seconds = (System.nanoTime() - start) / 1e9;
        long total = Sql.number("SELECT COUNT(*) FROM ticket");
        note("");
        note(String.format(Locale.ROOT, "=== %,d tickets: %,d loaded in %.0f s (SQL batches of %,d, ANALYZE included)", total, added,
                seconds, BenchmarkData.BATCH));
        if (searchIndexed) {
            waitForSearchIndex();
        } else {
            note("no ticket.search_indexed column: nothing to wait for after loading");
        }
        note(String.format(Locale.ROOT, "%,d comments (%,d internal), %,d history lines, %,d watchers, %,d open tickets,"
                        + " %,d repeated subjects among loaded tickets, %,d tickets of %s",
                Sql.number("SELECT COUNT(*) FROM ticket_comment"), Sql.number("SELECT COUNT(*) FROM ticket_comment WHERE internal"),
                Sql.number("SELECT COUNT(*) FROM ticket_event"), Sql.number("SELECT COUNT(*) FROM ticket_watcher"),
                Sql.number("SELECT COUNT(*) FROM ticket WHERE status IN (" + BenchmarkData.openScope() + ", 'REOPENED')"),
                Sql.number("SELECT COUNT(*) - COUNT(DISTINCT subject) FROM ticket WHERE id >= ?", firstBenchmarkId),
                Sql.number("SELECT COUNT(*) FROM ticket t JOIN user_account u ON u.id = t.requester_id WHERE u.login = ?",
                        BenchmarkData.DEMO_AGENT), BenchmarkData.DEMO_AGENT));
    }

    /** The application indexes new tickets' words in the background: the workloads wait until it is done. */
    private void waitForSearchIndex() {
        long start = System.nanoTime();
        long deadline = start + 15L * 60 * 1_000_000_000;
        long left = Sql.number("SELECT COUNT(*) FROM ticket WHERE search_indexed = FALSE");
        while (left > 0 && System.nanoTime() < deadline) {
            System.out.printf(Locale.ROOT, "[benchmark] search index: %,d tickets left (%.0f s)%n", left, (System.nanoTime() - start) / 1e9);
            sleep(2_000);
            left = Sql.number("SELECT COUNT(*) FROM ticket WHERE search_indexed = FALSE");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (left > 0) {
            problem(String.format(Locale.ROOT, "search index: %,d tickets still not indexed after %.0f s", left, seconds));
        } else {
            note(String.format(Locale.ROOT, "search index caught up %.0f s after loading", seconds));
        }
    }

    private void workloads(WildFlyProcess wildFly) {
        long total = Sql.number("SELECT COUNT(*) FROM ticket");
        String label = total >= 1_000_000 ? (total / 1_000_000) + "M" : (total / 1_000) + "k";
        long member = Sql.number("SELECT member_id FROM ticket GROUP BY member_id ORDER BY COUNT(*) DESC LIMIT 1");
        String memberName = Sql.text("SELECT name FROM member WHERE id = ?", member);
        List<Wrk.Result> results = new ArrayList<>();
        List<Long> rss = new ArrayList<>();

        results.add(openTickets(label));
        rss.add(wildFly.residentMegabytes());
        mailThroughput(label);

        results.add(get(label, "W2 open queue of " + memberName + " by priority", "W2", TECHNICIAN,
                List.of("/api/v1/tickets?member=" + member + "&status=open&sort=priority&size=50")));
        rss.add(wildFly.residentMegabytes());

        results.add(get(label, "W3 ticket details (1000 tickets)", "W3", TECHNICIAN,
                ticketsWithHistory().stream().map(id -> "/api/v1/tickets/" + id).toList()));
        rss.add(wildFly.residentMegabytes());

        results.add(get(label, "W4 full-text search, 50 words, newest first", "W4", TECHNICIAN,
                searchWords().stream().map(w -> "/api/v1/tickets?q=" + URLEncoder.encode(w, StandardCharsets.UTF_8)
                        + "&sort=created&size=50").toList()));
        rss.add(wildFly.residentMegabytes());

        results.add(get(label, "W5 count of " + memberName + "'s open tickets", "W5", TECHNICIAN,
                List.of("/api/v1/tickets?member=" + member + "&status=open&size=1")));
        rss.add(wildFly.residentMegabytes());

        // Not W1's agent, whose own open tickets W1 has just multiplied.
        String agent = BenchmarkData.busiestBenchmarkAgent(member);
        results.add(get(label, "W6 agent's open tickets (" + agent + ")", "W6", agent, List.of("/api/v1/tickets?status=open&size=50")));
        rss.add(wildFly.residentMegabytes());

        // The floor: what an authenticated API call costs when it reads nothing but the caller's account.
        results.add(get(label, "W0 authenticated call, no work (GET /me)", "W0", TECHNICIAN, List.of("/api/v1/me")));
        rss.add(wildFly.residentMegabytes());

        note(String.format(Locale.ROOT, "--- workloads at %,d tickets (W2, W5: %s, member %d, the member with most tickets):",
                total, memberName, member));
        Wrk.table(results, rss).forEach(this::note);
        for (Wrk.Result r : results) {
            if (r.socketErrors() > 0) {
                note(r.workload() + ": " + r.socketDetail());
            }
        }
        note(String.format(Locale.ROOT, "WildFly RSS after this set: %d MB (heap %s)", wildFly.residentMegabytes(), wildFly.heap()));
    }

    /** W1: an agent opens tickets; afterwards every 2xx is one ticket in the database, each with its own reference. */
    private Wrk.Result openTickets(String label) {
        String login = BenchmarkData.DEMO_AGENT;
        long agent = Sql.number("SELECT id FROM user_account WHERE login = ?", login);
        check("W1", Api.as(login).post("/api/v1/tickets", "{\"subject\":\"Imprimante du bureau des élections en panne\","
                + "\"description\":\"Bonjour, l'imprimante affiche un bourrage papier depuis ce matin. Merci.\",\"type\":\"INCIDENT\","
                + "\"impact\":\"SERVICE\",\"urgency\":\"MEDIUM\"}"), 201);
        List<String> words = data.words().stream().skip(16).limit(200).toList();
        Wrk.run("W1 warm-up", Wrk.openTicketsScript(SCRIPTS.resolve("W1-" + label + "-warmup.lua"), login, words,
                "échauffement-" + label), WARM_UP_SECONDS, cpu);
        settle(agent);
        long before = Sql.number("SELECT COALESCE(MAX(id), 0) FROM ticket");
        Path script = Wrk.openTicketsScript(SCRIPTS.resolve("W1-" + label + ".lua"), login, words, "charge-" + label);
        Wrk.Result result = recorded("W1-" + label, () -> Wrk.run("W1 open a ticket (" + login + ")", script, SECONDS, cpu));
        settle(agent);
        long created = Sql.number("SELECT COUNT(*) FROM ticket WHERE id > ? AND requester_id = ?", before, agent);
        long references = Sql.number("SELECT COUNT(DISTINCT reference) FROM ticket WHERE id > ? AND requester_id = ?", before, agent);
        long withoutReference = Sql.number("SELECT COUNT(*) FROM ticket WHERE id > ? AND reference IS NULL", before);
        long duplicates = Sql.number("SELECT COUNT(*) FROM (SELECT reference FROM ticket WHERE reference IS NOT NULL"
                + " GROUP BY reference HAVING COUNT(*) > 1) d");
        long lost = Math.max(0, result.ok() - created);
        long unanswered = Math.max(0, created - result.ok());
        note(String.format(Locale.ROOT, "W1 at %s: %,d answered 2xx, %,d tickets in the database, %,d lost, %,d created without"
                        + " a 2xx counted (requests still in flight when wrk stopped: at most %d), %,d duplicate references,"
                        + " %,d without reference", label, result.ok(), created, lost, unanswered, Wrk.CONNECTIONS, duplicates,
                withoutReference));
        if (lost > 0 || unanswered > Wrk.CONNECTIONS || references != created || duplicates > 0 || withoutReference > 0) {
            problem(String.format(Locale.ROOT, "W1 at %s: %,d 2xx but %,d tickets created, %,d distinct references,"
                    + " %,d duplicate references, %,d without reference", label, result.ok(), created, references, duplicates,
                    withoutReference));
        }
        return result;
    }

    /**
     * The outbox's pace: 5 000 mails queued at once (straight into the table, as a burst of notifications
     * would leave them), then the time until all are sent to the SMTP server, which must receive each once.
     */
    private void mailThroughput(String label) {
        int mails = 5_000;
        String tag = "banc-" + label + "-" + System.nanoTime();
        long start = System.nanoTime();
        Sql.update("INSERT INTO outbox_message (message_id, recipient, subject, body, status, attempts, next_attempt_at, created_at)"
                + " WITH RECURSIVE d (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 99),"
                + " seq AS (SELECT a.n * 100 + b.n + 1 AS i FROM d a CROSS JOIN d b)"
                + " SELECT CONCAT('<', ?, '-', i, '@guichet.test>'), CONCAT('agent', i, '@banc.example.fr'), 'Ticket ouvert',"
                + " 'Votre demande a bien été enregistrée.', 'PENDING', 0, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3) FROM seq WHERE i <= ?",
                tag, mails);
        long left = mails;
        while (left > 0 && System.nanoTime() - start < 600_000_000_000L) {
            sleep(200);
            left = Sql.number("SELECT COUNT(*) FROM outbox_message WHERE message_id LIKE ? AND status <> 'SENT'", "<" + tag + "-%");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sleep(1_000);
        long received = smtp.receivedWithMessageId("<" + tag + "-");
        note(String.format(Locale.ROOT, "Mail at %s: %,d queued mails sent in %.1f s (%.0f mails/s); the SMTP server received"
                + " %,d of them, %,d left unsent", label, mails - left, seconds, (mails - left) / seconds, received, left));
        if (left > 0 || received != mails) {
            problem(String.format(Locale.ROOT, "Mail at %s: %,d of %,d queued mails left unsent, %,d received", label, left, mails,
                    received));
        }
    }

    /**
     * Waits until the agent's ticket count stops growing: when wrk stops, the requests still in flight (one per
     * connection at most) go on in the server, unanswered to wrk.
     */
    private static void settle(long agent) {
        long previous = -1;
        long count = Sql.number("SELECT COUNT(*) FROM ticket WHERE requester_id = ?", agent);
        for (int i = 0; i < 60 && count != previous; i++) {
            sleep(1_000);
            previous = count;
            count = Sql.number("SELECT COUNT(*) FROM ticket WHERE requester_id = ?", agent);
        }
    }

    private Wrk.Result get(String label, String workload, String name, String login, List<String> paths) {
        check(name, Api.as(login).get(paths.get(0)), 200);
        Path script = Wrk.getScript(SCRIPTS.resolve(name + "-" + label + ".lua"), login, paths);
        Wrk.run(name + " warm-up", script, WARM_UP_SECONDS, cpu);
        Wrk.Result result = recorded(name + "-" + label, () -> Wrk.run(workload, script, SECONDS, cpu));
        if (result.non2xx() > 0) {
            problem(workload + ": " + result.non2xx() + " answers other than 2xx (see " + script + " and its output)");
        }
        return result;
    }

    /** Runs {@code run}, under a Flight Recorder recording of the server named {@code name} when profiling is asked for. */
    private Wrk.Result recorded(String name, Supplier<Wrk.Result> run) {
        if (!PROFILE) {
            return run.get();
        }
        Path file = Path.of("target/jfr", name + ".jfr").toAbsolutePath();
        jcmd("JFR.start", "name=" + name, "settings=profile", "filename=" + file);
        try {
            return run.get();
        } finally {
            jcmd("JFR.stop", "name=" + name);
            note("Flight Recorder: " + file);
        }
    }

    private void jcmd(String... command) {
        Path jcmd = Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
        List<String> line = new ArrayList<>(List.of(jcmd.toString(), String.valueOf(WildFlyProcess.find().pid())));
        line.addAll(List.of(command));
        try {
            Files.createDirectories(Path.of("target/jfr"));
            Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.waitFor(60, TimeUnit.SECONDS);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** One request before the run, so that a broken workload shows at once. */
    private void check(String name, Api.Reply reply, int expected) {
        String body = reply.body() == null ? "" : reply.body();
        System.out.println("[benchmark] " + name + " check: " + reply.status() + " " + body.substring(0, Math.min(300, body.length())));
        if (reply.status() != expected) {
            problem(name + " check request answered " + reply.status() + " instead of " + expected + ": "
                    + body.substring(0, Math.min(1000, body.length())));
        }
    }

    /** About 1000 loaded tickets with comments and history, spread over the whole table. */
    private List<Long> ticketsWithHistory() {
        long last = Sql.number("SELECT MAX(id) FROM ticket");
        long step = Math.max(1, (last - firstBenchmarkId) / 1500);
        List<Long> ids = new ArrayList<>();
        Sql.rows("SELECT DISTINCT c.ticket_id FROM ticket_comment c WHERE c.ticket_id >= ? AND c.ticket_id MOD ? = 0"
                + " AND EXISTS (SELECT 1 FROM ticket_event e WHERE e.ticket_id = c.ticket_id AND e.kind <> 'CREATED')"
                + " ORDER BY c.ticket_id LIMIT 1000", row -> ids.add(row.getLong(1)), firstBenchmarkId, step);
        if (ids.size() < 100) {
            problem("W3: only " + ids.size() + " tickets with comments and history found");
        }
        return ids;
    }

    /** 25 frequent and 25 rare words of the vocabulary, every other one typed without accents (reparation). */
    private List<String> searchWords() {
        List<String> usable = data.words().stream().skip(16).filter(w -> w.length() >= 4 && w.matches("\\p{L}+")).toList();
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            chosen.add(usable.get(i * 2));
            chosen.add(usable.get(usable.size() - 1 - i * 4));
        }
        List<String> typed = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            String word = chosen.get(i);
            typed.add(i % 4 < 2 ? withoutAccents(word) : word);
        }
        return typed;
    }

    private static String withoutAccents(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private void note(String line) {
        report.add(line);
        System.out.println("[benchmark] " + line);
    }

    private void problem(String line) {
        problems.add(line);
        note("PROBLEM: " + line);
    }

    private void write() {
        try {
            Files.write(REPORT, report, StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** The WildFly that Arquillian started (found in /proc by its home), for its resident memory and heap settings. */
    record WildFlyProcess(long pid, String heap) {

        static WildFlyProcess find() {
            String home = System.getProperty("guichet.wildfly.home", "");
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path dir : (Iterable<Path>) processes.filter(p -> p.getFileName().toString().matches("\\d+"))::iterator) {
                    String command = commandLine(dir);
                    if (command.contains("jboss-modules.jar") && command.contains(home)) {
                        return new WildFlyProcess(Long.parseLong(dir.getFileName().toString()), heapFlags(command));
                    }
                }
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
            return new WildFlyProcess(-1, "? (WildFly process not found)");
        }

        private static String commandLine(Path dir) {
            try {
                return new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
            } catch (IOException | RuntimeException gone) {
                return "";
            }
        }

        private static String heapFlags(String command) {
            Matcher flags = Pattern.compile("-Xm[sx]\\S+").matcher(command);
            List<String> found = new ArrayList<>();
            while (flags.find()) {
                found.add(flags.group());
            }
            return found.isEmpty() ? "JVM default" : String.join(" ", found);
        }

        long residentMegabytes() {
            if (pid < 0) {
                return -1;
            }
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                    }
                }
            } catch (IOException gone) {
                return -1;
            }
            return -1;
        }
    }
}
