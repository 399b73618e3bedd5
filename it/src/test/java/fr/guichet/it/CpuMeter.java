package fr.guichet.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a workload's CPU goes, read from {@code /proc}: WildFly's process, the database server's (every
 * {@code mariadbd} or {@code mysqld}) and the whole machine's busy time, so that the rest (wrk, the benchmark,
 * the system) shows too. Linux clock ticks are 1/100 s on every kernel this runs on.
 */
final class CpuMeter {

    private static final double MILLIS_PER_TICK = 10;

    /** CPU milliseconds spent by each party between two readings. */
    record Use(double wildFlyMillis, double databaseMillis, double machineMillis) {

        Use perRequest(long requests) {
            double n = Math.max(1, requests);
            return new Use(wildFlyMillis / n, databaseMillis / n, machineMillis / n);
        }

        double otherMillis() {
            return Math.max(0, machineMillis - wildFlyMillis - databaseMillis);
        }
    }

    private final long wildFlyPid;

    CpuMeter(long wildFlyPid) {
        this.wildFlyPid = wildFlyPid;
    }

    /** A reading now; {@link Reading#since} gives the use between two readings. */
    Reading read() {
        return new Reading(processTicks(wildFlyPid), databaseTicks(), machineBusyTicks());
    }

    record Reading(long wildFly, long database, long machine) {

        Use since(Reading before) {
            return new Use((wildFly - before.wildFly) * MILLIS_PER_TICK, (database - before.database) * MILLIS_PER_TICK,
                    (machine - before.machine) * MILLIS_PER_TICK);
        }
    }

    private static long databaseTicks() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> List.of("mariadbd", "mysqld").contains(read(p.resolve("comm")).strip()))
                    .mapToLong(p -> processTicks(Long.parseLong(p.getFileName().toString()))).sum();
        } catch (IOException failure) {
            return 0;
        }
    }

    /** utime + stime, fields 14 and 15 of /proc/PID/stat (counted after the command name, which may hold spaces). */
    private static long processTicks(long pid) {
        if (pid < 0) {
            return 0;
        }
        String stat = read(Path.of("/proc", String.valueOf(pid), "stat"));
        int end = stat.lastIndexOf(')');
        if (end < 0) {
            return 0;
        }
        String[] fields = stat.substring(end + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Every CPU's time but idle and iowait, from the first line of /proc/stat. */
    private static long machineBusyTicks() {
        String[] fields = read(Path.of("/proc/stat")).lines().findFirst().orElse("cpu").trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < fields.length && i <= 8; i++) {
            if (i != 4 && i != 5) {
                busy += Long.parseLong(fields[i]);
            }
        }
        return busy;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }
}
