package fr.guichet.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs wrk (Debian package, installed by {@code src/build/provide-wrk.sh}) with a Lua script that sends
 * HTTP Basic credentials and counts 2xx answers, and reads its figures: requests per second, median and
 * 99th percentile latency ({@code --latency}), non-2xx answers and socket errors.
 */
final class Wrk {

    static final int THREADS = 2;
    static final int CONNECTIONS = 8;
    /** wrk's default (2 s) would drop slower answers from the latencies and count them as socket timeouts. */
    static final int TIMEOUT_SECONDS = 30;

    record Result(String workload, double requestsPerSecond, double p50Millis, double p99Millis, long requests, long ok,
                  long non2xx, long socketErrors, String socketDetail, CpuMeter.Use cpuPerRequest) {

        Result withCpu(CpuMeter.Use used) {
            return new Result(workload, requestsPerSecond, p50Millis, p99Millis, requests, ok, non2xx, socketErrors, socketDetail,
                    used.perRequest(requests));
        }
    }

    private Wrk() {
    }

    static String command(int seconds) {
        return "wrk -t" + THREADS + " -c" + CONNECTIONS + " -d" + seconds + "s --latency --timeout " + TIMEOUT_SECONDS + "s";
    }

    /**
     * Runs wrk for {@code seconds} against {@code Deployments.BASE_URL}; keeps its output next to the script.
     * The result carries the CPU each party spent per request, read by {@code meter}.
     */
    static Result run(String workload, Path script, int seconds, CpuMeter meter) {
        Path output = Path.of(script.toString().replaceFirst("\\.lua$", "") + "-" + seconds + "s.txt");
        List<String> command = List.of("wrk", "-t" + THREADS, "-c" + CONNECTIONS, "-d" + seconds + "s", "--latency", "--timeout",
                TIMEOUT_SECONDS + "s", "-s", script.toString(), Deployments.BASE_URL);
        try {
            CpuMeter.Reading before = meter.read();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(seconds + 120L, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("wrk did not finish: " + command);
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("wrk failed (" + process.exitValue() + "): " + text);
            }
            return parse(workload, text).withCpu(meter.read().since(before));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    static Result parse(String workload, String text) {
        long ok = number(text, "^guichet-2xx (\\d+)$");
        long bad = number(text, "^guichet-non2xx (\\d+)$");
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(text);
        long socketErrors = 0;
        String socketDetail = "";
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                socketErrors += Long.parseLong(socket.group(i));
            }
            socketDetail = socket.group();
        }
        return new Result(workload, decimal(text, "^Requests/sec:\\s+([\\d.]+)"), latency(text, "50%"), latency(text, "99%"),
                number(text, "^\\s*(\\d+) requests in "), ok, bad, socketErrors, socketDetail, new CpuMeter.Use(0, 0, 0));
    }

    private static long number(String text, String regex) {
        Matcher found = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        if (!found.find()) {
            throw new IllegalStateException("Not in wrk's output (" + regex + "):\n" + text);
        }
        return Long.parseLong(found.group(1));
    }

    private static double decimal(String text, String regex) {
        Matcher found = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        if (!found.find()) {
            throw new IllegalStateException("Not in wrk's output (" + regex + "):\n" + text);
        }
        return Double.parseDouble(found.group(1));
    }

    /** A line of the latency distribution, in milliseconds (wrk writes us, ms, s or m); NaN when absent. */
    private static double latency(String text, String percentile) {
        Matcher found = Pattern.compile("^\\s*" + percentile + "\\s+([\\d.]+)(us|ms|s|m)\\s*$", Pattern.MULTILINE).matcher(text);
        if (!found.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(found.group(1));
        return switch (found.group(2)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
        };
    }

    /** A Lua script sending GET requests to paths drawn at random from {@code paths}. */
    static Path getScript(Path file, String login, List<String> paths) {
        String list = paths.stream().map(Wrk::lua).collect(Collectors.joining(",\n  ", "{\n  ", "\n}"));
        return write(file, prelude(login) + "local paths = " + list + "\n\n"
                + "function request()\n"
                + "  return wrk.format(\"GET\", paths[math.random(#paths)])\n"
                + "end\n");
    }

    /**
     * A Lua script opening tickets: every request a new subject (five words, the thread, a counter and
     * {@code tag}) and description drawn from {@code words}, impact and urgency varying.
     */
    static Path openTicketsScript(Path file, String login, List<String> words, String tag) {
        String list = words.stream().map(Wrk::lua).collect(Collectors.joining(", ", "{", "}"));
        return write(file, prelude(login)
                + "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
                + "local words = " + list + "\n"
                + "local impacts = {\"USER\", \"USER\", \"SERVICE\", \"MEMBER\"}\n"
                + "local urgencies = {\"LOW\", \"MEDIUM\", \"MEDIUM\", \"HIGH\"}\n\n"
                + "local function some(count)\n"
                + "  local picked = {}\n"
                + "  for i = 1, count do picked[i] = words[math.random(#words)] end\n"
                + "  return table.concat(picked, \" \")\n"
                + "end\n\n"
                + "function request()\n"
                + "  sent = sent + 1\n"
                + "  local body = string.format('{\"subject\":\"%s %s-%d-%d\",\"description\":\"Bonjour, %s. Merci.\",'\n"
                + "    .. '\"type\":\"INCIDENT\",\"impact\":\"%s\",\"urgency\":\"%s\"}', some(5), " + lua(tag) + ", tid, sent,\n"
                + "    some(20 + math.random(0, 20)), impacts[math.random(#impacts)], urgencies[math.random(#urgencies)])\n"
                + "  return wrk.format(\"POST\", \"/api/v1/tickets\", nil, body)\n"
                + "end\n");
    }

    /** Credentials on every request, a count of 2xx and other answers per thread, summed in done(). */
    private static String prelude(String login) {
        String basic = Base64.getEncoder().encodeToString((login + ":Demo-2026").getBytes(StandardCharsets.UTF_8));
        return "-- Generated by fr.guichet.it.Wrk for the load benchmark (mvn -B verify -Pbenchmark).\n"
                + "wrk.headers[\"Authorization\"] = \"Basic " + basic + "\"\n"
                + "wrk.headers[\"Accept\"] = \"application/json\"\n\n"
                + "local threads = {}\n"
                + "local started = 0\n\n"
                + "function setup(thread)\n"
                + "  started = started + 1\n"
                + "  thread:set(\"tid\", started)\n"
                + "  table.insert(threads, thread)\n"
                + "end\n\n"
                + "function init(args)\n"
                + "  ok = 0\n"
                + "  bad = 0\n"
                + "  sent = 0\n"
                + "  math.randomseed(tid * 7919 + os.time())\n"
                + "end\n\n"
                + "function response(status, headers, body)\n"
                + "  if status >= 200 and status < 300 then ok = ok + 1 else bad = bad + 1 end\n"
                + "end\n\n"
                + "function done(summary, latency, requests)\n"
                + "  local o, b = 0, 0\n"
                + "  for _, t in ipairs(threads) do\n"
                + "    o = o + t:get(\"ok\")\n"
                + "    b = b + t:get(\"bad\")\n"
                + "  end\n"
                + "  io.write(string.format(\"guichet-2xx %d\\nguichet-non2xx %d\\n\", o, b))\n"
                + "end\n\n";
    }

    private static String lua(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Path write(Path file, String script) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, script, StandardCharsets.UTF_8);
            return file;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static String format(double millis) {
        return Double.isNaN(millis) ? "?" : millis >= 100 ? String.format(Locale.ROOT, "%.0f", millis)
                : String.format(Locale.ROOT, "%.1f", millis);
    }

    static List<String> table(List<Result> results, List<Long> rssMegabytes) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-44s %9s %9s %9s %8s %8s %12s   %s", "workload", "rps", "p50 ms", "p99 ms", "non-2xx",
                "sock.err", "WildFly RSS", "CPU ms per request: WildFly / MariaDB / rest (wrk, system)"));
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            CpuMeter.Use cpu = r.cpuPerRequest();
            lines.add(String.format(Locale.ROOT, "%-44s %9.1f %9s %9s %8d %8d %9d MB   %.2f / %.2f / %.2f", r.workload(),
                    r.requestsPerSecond(), format(r.p50Millis()), format(r.p99Millis()), r.non2xx(), r.socketErrors(),
                    rssMegabytes.get(i), cpu.wildFlyMillis(), cpu.databaseMillis(), cpu.otherMillis()));
        }
        return lines;
    }
}
