package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a test of the suite: the benchmark of the dashboards, run by {@code mvn -B verify -Pbenchmark}.
 * Fills the database up to a million tickets (five years, members weighted by size), then times the
 * commune dashboard and the direction's comparison through the API, warm, and reports the figures in
 * the build output and in {@code it/target/benchmark-report.txt}. Only correctness is asserted: speed
 * is read, not enforced.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardBenchmark {

    private static final int TICKETS = Integer.getInteger("guichet.benchmark.tickets", 1_000_000);
    private static final int BATCH = 100_000;
    private static final int RUNS = 10;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void dashboardsOnAMillionTickets() throws IOException {
        List<String> report = new ArrayList<>();
        long start = System.nanoTime();
        long existing = Sql.number("SELECT COUNT(*) FROM ticket");
        for (long made = existing; made < TICKETS; made += BATCH) {
            insertTickets((int) Math.min(BATCH, TICKETS - made));
        }
        Sql.execute("ANALYZE TABLE ticket");
        long total = Sql.number("SELECT COUNT(*) FROM ticket");
        assertTrue(total >= TICKETS);
        report.add(String.format(Locale.ROOT, "%,d tickets in the database (%,d added in %.0f s)", total, total - existing,
                (System.nanoTime() - start) / 1e9));
        report.addAll(timings());

        Path file = Path.of("target/benchmark-report.txt");
        Files.write(file, report, StandardCharsets.UTF_8);
        report.forEach(line -> System.out.println("[benchmark] " + line));
    }

    /** The dashboards' figures on the tickets there are: also read by {@link HelpdeskBenchmark} after its workloads. */
    static List<String> timings() {
        List<String> report = new ArrayList<>();
        int year = LocalDate.now().getYear();
        String thisYear = "?from=" + year + "-01-01&to=" + LocalDate.now();
        String lastYear = "?from=" + (year - 1) + "-01-01&to=" + (year - 1) + "-12-31";
        long biggest = Sql.number("SELECT member_id FROM ticket GROUP BY member_id ORDER BY COUNT(*) DESC LIMIT 1");
        long venissieux = ApiIT.memberId("venissieux");
        report.add(time("commune dashboard, Vénissieux, year to date", "/api/v1/reports/members/" + venissieux + "/summary" + thisYear));
        report.add(time("commune dashboard, Vénissieux, last year", "/api/v1/reports/members/" + venissieux + "/summary" + lastYear));
        report.add(time("commune dashboard, member with most tickets, last year",
                "/api/v1/reports/members/" + biggest + "/summary" + lastYear));
        report.add(time("direction comparison, year to date", "/api/v1/reports/members" + thisYear));
        report.add(time("direction comparison, last year", "/api/v1/reports/members" + lastYear));
        report.add(time("services figures, last year", "/api/v1/reports/services" + lastYear));
        return report;
    }

    /** One warm-up call, then {@link #RUNS} timed calls: median and slowest. */
    private static String time(String what, String path) {
        Api api = Api.as("directeur");
        Api.Reply warmUp = api.get(path);
        assertEquals(200, warmUp.status(), warmUp.toString());
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long begin = System.nanoTime();
            assertEquals(200, api.get(path).status());
            millis[i] = (System.nanoTime() - begin) / 1_000_000;
        }
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "%-55s median %4d ms, slowest %4d ms (%d runs)", what, millis[RUNS / 2],
                millis[RUNS - 1], RUNS);
    }

    /**
     * Adds tickets spread over five years, shaped like the demo's history (priorities, breaches,
     * resolution times, ratings), members weighted by their size.
     */
    private static void insertTickets(int count) {
        Sql.update("INSERT INTO ticket (type, subject, description, member_id, requester_id, service_id, impact, urgency, priority,"
                + " status, group_id, source, calendar_code, first_response_minutes, resolution_minutes, created_at, updated_at,"
                + " first_responded_at, first_response_warned, resolution_warned, first_response_breached, resolution_breached,"
                + " resolved_at, closed_at, rating, resolution_business_minutes)"
                + " WITH RECURSIVE d (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 999),"
                + " seq AS (SELECT a.n * 1000 + b.n AS n FROM d a CROSS JOIN d b WHERE a.n * 1000 + b.n < ?),"
                + " weighted AS (SELECT m.id, (SELECT MIN(u.id) FROM user_account u WHERE u.member_id = m.id) AS requester,"
                + "   CASE m.kind WHEN 'PARTNER' THEN 6000 ELSE GREATEST(m.population DIV 100, 50) END AS w FROM member m),"
                + " ranges AS (SELECT id, requester, SUM(w) OVER (ORDER BY id) - w AS lo, SUM(w) OVER (ORDER BY id) AS hi,"
                + "   SUM(w) OVER () AS total FROM weighted WHERE requester IS NOT NULL),"
                + " services AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS rn, COUNT(*) OVER () AS cnt FROM catalog_service),"
                + " drawn AS (SELECT s.n, CRC32(CONCAT(?, '/', s.n)) AS h,"
                + "   UTC_TIMESTAMP() - INTERVAL (CRC32(CONCAT('t', ?, s.n)) MOD (5 * 365 * 1440)) MINUTE AS created FROM seq s),"
                + " shaped AS (SELECT d.*, CASE WHEN d.h MOD 100 < 3 THEN 'P1' WHEN d.h MOD 100 < 15 THEN 'P2'"
                + "   WHEN d.h MOD 100 < 50 THEN 'P3' ELSE 'P4' END AS priority, (d.h DIV 100) MOD 1000 AS r1,"
                + "   (d.h DIV 100000) MOD 1000 AS r2 FROM drawn d),"
                + " timed AS (SELECT sh.*, CASE sh.priority WHEN 'P1' THEN 450 WHEN 'P2' THEN 900 WHEN 'P3' THEN 2250 ELSE 4500 END"
                + "   AS target, GREATEST(5, (CASE sh.priority WHEN 'P1' THEN 450 WHEN 'P2' THEN 900 WHEN 'P3' THEN 2250 ELSE 4500 END)"
                + "   * (3 + sh.r2 DIV 8) DIV 100) AS used FROM shaped sh)"
                + " SELECT 'INCIDENT', 'Ticket de charge', 'Données du banc d''essai.', r.id, r.requester, sv.id, 'USER', 'MEDIUM',"
                + "   t.priority, CASE WHEN t.created + INTERVAL (t.used * 4) MINUTE > UTC_TIMESTAMP() THEN 'IN_PROGRESS' ELSE 'CLOSED' END,"
                + "   (SELECT MIN(id) FROM support_group), 'WEB', 'standard', 240, t.target, t.created,"
                + "   t.created + INTERVAL (t.used * 4) MINUTE, t.created + INTERVAL (t.r1 MOD 300) MINUTE, TRUE, TRUE, t.r1 >= 900,"
                + "   t.used > t.target, CASE WHEN t.created + INTERVAL (t.used * 4) MINUTE <= UTC_TIMESTAMP()"
                + "   THEN t.created + INTERVAL (t.used * 4) MINUTE END, CASE WHEN t.created + INTERVAL (t.used * 4) MINUTE"
                + "   <= UTC_TIMESTAMP() THEN t.created + INTERVAL (t.used * 4) MINUTE END,"
                + "   CASE WHEN t.r1 < 400 THEN 1 + t.r1 MOD 5 END,"
                + "   CASE WHEN t.created + INTERVAL (t.used * 4) MINUTE <= UTC_TIMESTAMP() THEN t.used END"
                + " FROM timed t JOIN ranges r ON t.h MOD r.total >= r.lo AND t.h MOD r.total < r.hi"
                + " JOIN services sv ON sv.rn = t.h MOD sv.cnt",
                count, System.nanoTime(), System.nanoTime());
    }
}
