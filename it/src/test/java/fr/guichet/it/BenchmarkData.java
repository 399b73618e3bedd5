package fr.guichet.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The load benchmark's tickets, shaped like real ones and written straight into the database in batches
 * of {@value #BATCH} (INSERT ... SELECT): French subjects and descriptions drawn from a vocabulary
 * ({@code benchmark/vocabulary-fr.txt}, loaded into the scratch table {@code bench_word}), comments (some
 * internal), history, watchers and pauses; a helpdesk's spread of statuses (recent tickets mostly open,
 * older ones resolved or closed but a few), priorities, groups and technicians, over five years, members
 * weighted by size. Requesters are every active agent and référent of the member, including about thirty
 * benchmark accounts per member ({@code bench.<member slug>.<n>}, password {@code Demo-2026}) and the demo
 * agent of the agent workload. Every value comes from a hash of the ticket's number: the same data at
 * every run.
 */
final class BenchmarkData {

    static final int BATCH = 100_000;
    static final int AGENTS_PER_MEMBER = 30;
    static final int TECHNICIANS = 10;
    /** The demo agent whose password hash and roles the benchmark agents copy (and who opens tickets in W1). */
    static final String DEMO_AGENT = "venissieux.agent1";

    private static final String OPEN_SCOPE = "'NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_REQUESTER'";

    /** The first lines of the vocabulary are little words (depuis, pour, avec...): not in subjects. */
    private static final int SUBJECT_FROM = 16;

    private final List<String> words;

    private BenchmarkData(List<String> words) {
        this.words = words;
    }

    /** Creates the scratch vocabulary table and the benchmark's accounts once. */
    static BenchmarkData prepare() {
        BenchmarkData data = new BenchmarkData(vocabulary());
        data.loadWords();
        data.createAccounts();
        return data;
    }

    List<String> words() {
        return words;
    }

    static List<String> vocabulary() {
        List<String> words = new ArrayList<>();
        try (InputStream in = BenchmarkData.class.getResourceAsStream("/benchmark/vocabulary-fr.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return words;
    }

    private void loadWords() {
        Sql.execute("CREATE TABLE IF NOT EXISTS bench_word (n INT NOT NULL, word VARCHAR(60) NOT NULL, PRIMARY KEY (n))"
                + " ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci");
        if (Sql.number("SELECT COUNT(*) FROM bench_word") == words.size()) {
            return;
        }
        Sql.execute("DELETE FROM bench_word");
        StringJoiner values = new StringJoiner(", ");
        Object[] parameters = new Object[words.size() * 2];
        for (int i = 0; i < words.size(); i++) {
            values.add("(?, ?)");
            parameters[2 * i] = i;
            parameters[2 * i + 1] = words.get(i);
        }
        Sql.update("INSERT INTO bench_word (n, word) VALUES " + values, parameters);
    }

    /**
     * About thirty agents per member and ten technicians, logging in with the demo password: agents copy
     * {@link #DEMO_AGENT}'s hash and roles, technicians tech1's, each technician in two support groups.
     */
    private void createAccounts() {
        String names = "ELT(1 + CRC32(CONCAT('p', login)) MOD 24, 'Camille', 'Nathalie', 'Karim', 'Sophie', 'Julien', 'Inès',"
                + " 'Thierry', 'Élodie', 'Mohamed', 'Valérie', 'Jérôme', 'Manon', 'Sébastien', 'Fatima', 'Laurent', 'Chloé',"
                + " 'Hervé', 'Aurélie', 'Mathieu', 'Nadia', 'François', 'Céline', 'Rachid', 'Hélène')";
        String surnames = "ELT(1 + CRC32(CONCAT('n', login)) MOD 24, 'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert',"
                + " 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'García',"
                + " 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Benali')";
        Sql.update("INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at)"
                + " SELECT login, CONCAT(" + names.replace("login", "x.login") + ", ' ', " + surnames.replace("login", "x.login")
                + "), CONCAT(x.login, '@', x.slug, '.example.fr'), x.member_id, x.password_hash, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)"
                + " FROM (WITH RECURSIVE k (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < ?)"
                + "   SELECT CONCAT('bench.', m.slug, '.', k.n) AS login, m.slug, m.id AS member_id, d.password_hash"
                + "   FROM member m CROSS JOIN k JOIN user_account d ON d.login = ? WHERE m.active) x"
                + " WHERE NOT EXISTS (SELECT 1 FROM user_account u WHERE u.login = x.login)", AGENTS_PER_MEMBER, DEMO_AGENT);
        Sql.update("INSERT INTO user_account (login, full_name, email, member_id, password_hash, password_changed_at, created_at)"
                + " SELECT x.login, CONCAT(" + names.replace("login", "x.login") + ", ' ', " + surnames.replace("login", "x.login")
                + "), CONCAT(x.login, '@sitiv.example.fr'), NULL, x.password_hash, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)"
                + " FROM (WITH RECURSIVE k (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < ?)"
                + "   SELECT CONCAT('bench.tech.', k.n) AS login, d.password_hash FROM k JOIN user_account d ON d.login = 'tech1') x"
                + " WHERE NOT EXISTS (SELECT 1 FROM user_account u WHERE u.login = x.login)", TECHNICIANS);
        Sql.update("INSERT INTO user_role (user_id, role)"
                + " SELECT u.id, r.role FROM user_account u JOIN user_account d ON d.login = IF(u.member_id IS NULL, 'tech1', ?)"
                + " JOIN user_role r ON r.user_id = d.id"
                + " WHERE u.login LIKE 'bench.%' AND NOT EXISTS (SELECT 1 FROM user_role x WHERE x.user_id = u.id)", DEMO_AGENT);
        Sql.update("INSERT IGNORE INTO support_group_member (group_id, user_id)"
                + " SELECT g.id, u.id FROM user_account u"
                + " JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS rn, COUNT(*) OVER () AS cnt FROM support_group) g"
                + "   ON g.rn = CAST(SUBSTRING_INDEX(u.login, '.', -1) AS UNSIGNED) MOD g.cnt"
                + "   OR g.rn = (CAST(SUBSTRING_INDEX(u.login, '.', -1) AS UNSIGNED) + 3) MOD g.cnt"
                + " WHERE u.login LIKE 'bench.tech.%'");
    }

    /** Whether the application keeps a search index of its own that loaded tickets must wait for. */
    static boolean hasSearchIndexedColumn() {
        return Sql.number("SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'ticket' AND COLUMN_NAME = 'search_indexed'") > 0;
    }

    /** Adds tickets until the table holds {@code target}, batch by batch; returns how many were added. */
    long fillUpTo(long target, boolean searchIndexed) {
        long before = Sql.number("SELECT COUNT(*) FROM ticket");
        for (long count = before; count < target; count = Sql.number("SELECT COUNT(*) FROM ticket")) {
            int batch = (int) Math.min(BATCH, target - count);
            long start = System.nanoTime();
            long lastId = Sql.number("SELECT COALESCE(MAX(id), 0) FROM ticket");
            insertTickets(lastId, batch, searchIndexed);
            long maxId = Sql.number("SELECT COALESCE(MAX(id), 0) FROM ticket");
            Sql.update("UPDATE ticket SET reference = CONCAT('GUI-', YEAR(created_at), '-', LPAD(id, GREATEST(6, LENGTH(id)), '0'))"
                    + " WHERE id > ? AND id <= ? AND reference IS NULL", lastId, maxId);
            insertComments(lastId, maxId);
            insertHistory(lastId, maxId);
            insertWatchersAndPauses(lastId, maxId);
            System.out.printf(java.util.Locale.ROOT, "[benchmark] loaded %,d tickets (ids %d..%d) in %.0f s%n", batch, lastId + 1,
                    maxId, (System.nanoTime() - start) / 1e9);
        }
        return Sql.number("SELECT COUNT(*) FROM ticket") - before;
    }

    static void analyze() {
        Sql.execute("ANALYZE TABLE ticket, ticket_comment, ticket_event, ticket_watcher, ticket_pause, user_account, user_role");
    }

    /** A 32-bit number from the MD5 of {@code text} ({@code part} 0 to 3: four independent ones); CRC32 is too regular. */
    private static String hash(String text, int part) {
        return "CAST(CONV(SUBSTRING(MD5(" + text + "), " + (1 + 8 * part) + ", 8), 16, 10) AS UNSIGNED)";
    }

    /**
     * One word of the vocabulary from a hash of {@code seed}; the square makes the first words frequent, the last
     * ones rare. {@code from}: words before it are never drawn (subjects leave out the little words on top).
     */
    private String word(String seed, int from) {
        return "(SELECT bw.word FROM bench_word bw WHERE bw.n = " + from + " + FLOOR(POW(" + hash(seed, 0) + " / 4294967296, 2) * "
                + (words.size() - from) + "))";
    }

    private String word(String seed) {
        return word(seed, 0);
    }

    /** {@code min} to {@code max} words joined by spaces, their count drawn from {@code lengthHash}. */
    private String words(String key, int firstPosition, int min, int max, String lengthHash, int from) {
        StringJoiner joined = new StringJoiner(", ", "CONCAT_WS(' ', ", ")");
        for (int i = 0; i < max; i++) {
            String one = word("CONCAT(" + key + ", '/', " + (firstPosition + i) + ")", from);
            joined.add(i < min ? one : "IF(" + lengthHash + " MOD " + (max - min + 1) + " > " + (i - min) + ", " + one + ", NULL)");
        }
        return joined.toString();
    }

    private static final String REQUESTERS = "requesters AS (SELECT u.id, u.member_id,"
            + " ROW_NUMBER() OVER (PARTITION BY u.member_id ORDER BY u.id) - 1 AS rn, COUNT(*) OVER (PARTITION BY u.member_id) AS cnt"
            + " FROM user_account u WHERE u.active AND u.member_id IS NOT NULL"
            + " AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role IN ('AGENT', 'REFERENT')))";

    private void insertTickets(long lastId, int count, boolean searchIndexed) {
        String firstWord = word("CONCAT(x.g, '/', 0)", SUBJECT_FROM);
        String subject = "CONCAT(UPPER(LEFT(" + firstWord + ", 1)), SUBSTRING(" + firstWord + ", 2), ' ', "
                + words("x.g", 1, 4, 6, "(x.k DIV 3)", SUBJECT_FROM) + ")";
        String description = "CONCAT('Bonjour, ', " + words("x.g", 10, 20, 40, "(x.q DIV 7)", 0) + ", '. Merci.')";
        Sql.update("INSERT INTO ticket (type, subject, description, member_id, requester_id, service_id, impact, urgency, priority,"
                + " status, group_id, assignee_id, source, calendar_code, first_response_minutes, resolution_minutes, created_at,"
                + " updated_at, first_responded_at, first_response_warn_at, first_response_due, resolution_warn_at, resolution_due,"
                + " first_response_warned, resolution_warned, first_response_breached, resolution_breached, paused_since,"
                + " resolved_at, closed_at, resolution_note, rating, resolution_business_minutes"
                + (searchIndexed ? ", search_indexed" : "") + ")"
                + " WITH RECURSIVE d (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 999),"
                + " seq AS (SELECT ? + a.n * 1000 + b.n + 1 AS g FROM d a CROSS JOIN d b WHERE a.n * 1000 + b.n < ?),"
                + " weighted AS (SELECT m.id, CASE m.kind WHEN 'PARTNER' THEN 6000 ELSE GREATEST(m.population DIV 100, 50) END AS w"
                + "   FROM member m WHERE m.active AND EXISTS (SELECT 1 FROM user_account u WHERE u.member_id = m.id AND u.active)),"
                + " ranges AS (SELECT id, SUM(w) OVER (ORDER BY id) - w AS lo, SUM(w) OVER (ORDER BY id) AS hi, SUM(w) OVER () AS total"
                + "   FROM weighted),"
                + " " + REQUESTERS + ","
                + " services AS (SELECT id, support_group_id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS rn, COUNT(*) OVER () AS cnt"
                + "   FROM catalog_service WHERE support_group_id IS NOT NULL),"
                + " techs AS (SELECT gm.group_id, u.id, ROW_NUMBER() OVER (PARTITION BY gm.group_id ORDER BY u.id) - 1 AS rn,"
                + "   COUNT(*) OVER (PARTITION BY gm.group_id) AS cnt FROM support_group_member gm"
                + "   JOIN user_account u ON u.id = gm.user_id AND u.active"
                + "   WHERE EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = 'TECHNICIAN')),"
                // h: member, priority, times; k: status, type, source, service; q: requester, technician, text lengths
                + " drawn AS (SELECT s.g, " + hash("CONCAT('b', s.g)", 0) + " AS h, " + hash("CONCAT('b', s.g)", 1) + " AS k, "
                + hash("CONCAT('b', s.g)", 2) + " AS q, " + hash("CONCAT('b', s.g)", 3) + " MOD (5 * 365 * 1440) AS age FROM seq s),"
                + " shaped AS (SELECT d.*, CASE WHEN d.h MOD 100 < 3 THEN 'P1' WHEN d.h MOD 100 < 15 THEN 'P2'"
                + "   WHEN d.h MOD 100 < 50 THEN 'P3' ELSE 'P4' END AS priority, (d.h DIV 100) MOD 1000 AS r1,"
                + "   (d.h DIV 100000) MOD 1000 AS r2, d.k MOD 100 AS r3, (d.k DIV 100) MOD 1000 AS r4, (d.k DIV 100000) MOD 100 AS r5"
                + "   FROM drawn d),"
                + " targeted AS (SELECT sh.*,"
                + "   CASE sh.priority WHEN 'P1' THEN 60 WHEN 'P2' THEN 120 WHEN 'P3' THEN 240 ELSE 450 END AS fr_target,"
                + "   CASE sh.priority WHEN 'P1' THEN 450 WHEN 'P2' THEN 900 WHEN 'P3' THEN 2250 ELSE 4500 END AS res_target,"
                // last three weeks: mostly open, fewer as they age; before: 1.5 % left open
                + "   CASE WHEN sh.age < 21 * 1440 THEN sh.r4 < GREATEST(250, 950 - sh.age DIV 45) ELSE sh.r4 < 15 END AS is_open"
                + "   FROM shaped sh),"
                + " measured AS (SELECT t.*,"
                + "   GREATEST(1, t.fr_target * (5 + t.r1 DIV 10) DIV 100) AS fr_used,"
                + "   GREATEST(5, t.res_target * (3 + t.r2 DIV 8) DIV 100) AS res_used FROM targeted t),"
                + " spanned AS (SELECT m.*, CASE WHEN m.is_open THEN m.age ELSE LEAST(m.res_used * 4, m.age * 9 DIV 10) END AS span"
                + "   FROM measured m),"
                + " x AS (SELECT sp.*, UTC_TIMESTAMP(3) - INTERVAL sp.age MINUTE AS created, LEAST(sp.fr_used * 4, sp.span) AS fr_after,"
                + "   CASE WHEN NOT sp.is_open THEN (CASE WHEN sp.age - sp.span >= 7 * 1440 THEN 'CLOSED' ELSE 'RESOLVED' END)"
                + "     WHEN sp.age < 240 AND sp.r3 < 60 THEN 'NEW' WHEN sp.r3 < 10 THEN 'NEW' WHEN sp.r3 < 35 THEN 'ASSIGNED'"
                + "     WHEN sp.r3 < 75 THEN 'IN_PROGRESS' ELSE 'WAITING_REQUESTER' END AS status FROM spanned sp)"
                + " SELECT CASE WHEN x.r5 < 55 THEN 'INCIDENT' WHEN x.r5 < 85 THEN 'REQUEST' ELSE 'QUESTION' END,"
                + "   " + subject + ", " + description + ", r.id, rq.id, sv.id,"
                + "   CASE x.priority WHEN 'P1' THEN 'MEMBER' WHEN 'P2' THEN IF(x.r1 MOD 2 = 0, 'SERVICE', 'MEMBER')"
                + "     WHEN 'P3' THEN IF(x.r1 MOD 2 = 0, 'SERVICE', 'USER') ELSE 'USER' END,"
                + "   CASE x.priority WHEN 'P1' THEN 'HIGH' WHEN 'P2' THEN IF(x.r1 MOD 2 = 0, 'HIGH', 'MEDIUM')"
                + "     WHEN 'P3' THEN IF(x.r1 MOD 2 = 0, 'MEDIUM', 'HIGH') ELSE IF(x.r1 MOD 3 = 0, 'LOW', 'MEDIUM') END,"
                + "   x.priority, x.status, COALESCE(sv.support_group_id, n1.id), IF(x.status = 'NEW', NULL, te.id),"
                + "   CASE WHEN (x.k DIV 10000000) MOD 10 < 6 THEN 'WEB' WHEN (x.k DIV 10000000) MOD 10 < 9 THEN 'MAIL' ELSE 'API' END,"
                + "   'standard', x.fr_target, x.res_target, x.created,"
                + "   x.created + INTERVAL (CASE x.status WHEN 'CLOSED' THEN x.span + 7 * 1440 WHEN 'RESOLVED' THEN x.span"
                + "     ELSE x.age * 3 DIV 4 END) MINUTE,"
                + "   IF(x.status = 'NEW', NULL, x.created + INTERVAL x.fr_after MINUTE),"
                + "   x.created + INTERVAL (x.fr_target * 3) MINUTE, x.created + INTERVAL (x.fr_target * 4) MINUTE,"
                + "   IF(x.status = 'WAITING_REQUESTER', NULL, x.created + INTERVAL (x.res_target * 3) MINUTE),"
                + "   IF(x.status = 'WAITING_REQUESTER', NULL, x.created + INTERVAL (x.res_target * 4) MINUTE),"
                + "   x.status <> 'NEW' OR x.fr_target * 3 <= x.age, NOT x.is_open OR x.res_target * 3 <= x.age,"
                + "   IF(x.status = 'NEW', x.fr_target * 4 <= x.age, x.fr_after > x.fr_target * 4),"
                + "   IF(x.is_open, x.res_target * 4 <= x.age, x.res_used > x.res_target),"
                + "   IF(x.status = 'WAITING_REQUESTER', x.created + INTERVAL (x.age DIV 2) MINUTE, NULL),"
                + "   IF(x.is_open, NULL, x.created + INTERVAL x.span MINUTE),"
                + "   IF(x.status = 'CLOSED', x.created + INTERVAL (x.span + 7 * 1440) MINUTE, NULL),"
                + "   IF(x.is_open, NULL, ELT(1 + x.r2 MOD 5, 'Intervention réalisée, le problème est résolu.',"
                + "     'Paramétrage corrigé sur le poste de l''agent.', 'Mot de passe réinitialisé, accès rétabli.',"
                + "     'Matériel remplacé et testé avec l''agent.', 'Réponse apportée, voir la base de connaissances.')),"
                + "   CASE WHEN x.is_open OR x.r1 >= 400 THEN NULL WHEN x.r2 MOD 100 < 50 THEN 5 WHEN x.r2 MOD 100 < 80 THEN 4"
                + "     WHEN x.r2 MOD 100 < 92 THEN 3 WHEN x.r2 MOD 100 < 97 THEN 2 ELSE 1 END,"
                + "   IF(x.is_open, NULL, x.res_used)"
                + (searchIndexed ? ", FALSE" : "")
                + " FROM x JOIN ranges r ON x.h MOD r.total >= r.lo AND x.h MOD r.total < r.hi"
                + " JOIN requesters rq ON rq.member_id = r.id AND rq.rn = x.q MOD rq.cnt"
                + " CROSS JOIN (SELECT id FROM support_group WHERE code = 'support-n1') n1"
                + " LEFT JOIN services sv ON (x.k DIV 1000000) MOD 10 < 8 AND sv.rn = (x.q DIV 1000) MOD sv.cnt"
                + " LEFT JOIN techs te ON te.group_id = COALESCE(sv.support_group_id, n1.id) AND te.rn = (x.q DIV 100000) MOD te.cnt",
                lastId, count);
    }

    /** About 85 % of tickets get one to three comments: the technician's (some internal) and the requester's. */
    private void insertComments(long lastId, long maxId) {
        String body = words("CONCAT(c.id, ':', c.n)", 0, 6, 24, "(c.hc DIV 5)", 0);
        Sql.update("INSERT INTO ticket_comment (ticket_id, member_id, author_id, body, internal, via, created_at)"
                + " SELECT c.id, c.member_id, IF(c.staff, c.assignee_id, c.requester_id), " + body + ","
                + "   c.staff AND c.hc MOD 3 = 0, IF(NOT c.staff AND c.source = 'MAIL', 'MAIL', 'WEB'),"
                + "   c.created_at + INTERVAL ((c.n + 1) * TIMESTAMPDIFF(MINUTE, c.created_at, COALESCE(c.resolved_at, c.updated_at))"
                + "     DIV 4) MINUTE"
                + " FROM (SELECT t.id, t.member_id, t.requester_id, t.assignee_id, t.source, t.created_at, t.resolved_at, t.updated_at,"
                + "   k.n, k.n MOD 2 = 0 AND t.assignee_id IS NOT NULL AS staff, " + hash("CONCAT('bd', t.id, '/', k.n)", 0) + " AS hc"
                + "   FROM ticket t JOIN (SELECT 0 AS n UNION ALL SELECT 1 UNION ALL SELECT 2) k"
                + "   ON k.n < CASE WHEN " + hash("CONCAT('bc', t.id)", 0) + " MOD 100 < 15 THEN 0 WHEN " + hash("CONCAT('bc', t.id)", 0) + " MOD 100 < 50 THEN 1"
                + "     WHEN " + hash("CONCAT('bc', t.id)", 0) + " MOD 100 < 80 THEN 2 ELSE 3 END"
                + "   WHERE t.id > ? AND t.id <= ?) c", lastId, maxId);
    }

    /** CREATED, then the moves that led to the ticket's status, as the application records them. */
    private static void insertHistory(long lastId, long maxId) {
        Sql.update("INSERT INTO ticket_event (ticket_id, member_id, occurred_at, actor_login, kind, from_status, to_status, detail,"
                + " detail_public)"
                + " SELECT t.id, t.member_id,"
                + "   CASE s.n WHEN 0 THEN t.created_at"
                + "     WHEN 1 THEN t.created_at + INTERVAL (TIMESTAMPDIFF(SECOND, t.created_at, t.first_responded_at) DIV 2) SECOND"
                + "     WHEN 2 THEN t.first_responded_at WHEN 3 THEN COALESCE(t.paused_since, t.resolved_at) ELSE t.closed_at END,"
                + "   CASE s.n WHEN 0 THEN q.login WHEN 4 THEN 'system' ELSE COALESCE(a.login, 'tech1') END,"
                + "   CASE s.n WHEN 0 THEN 'CREATED' WHEN 1 THEN 'ASSIGN' WHEN 2 THEN 'START'"
                + "     WHEN 3 THEN IF(t.status = 'WAITING_REQUESTER', 'WAIT_FOR_REQUESTER', 'RESOLVE') ELSE 'CLOSE' END,"
                + "   CASE s.n WHEN 0 THEN NULL WHEN 1 THEN 'NEW' WHEN 2 THEN 'ASSIGNED' WHEN 3 THEN 'IN_PROGRESS' ELSE 'RESOLVED' END,"
                + "   CASE s.n WHEN 0 THEN 'NEW' WHEN 1 THEN 'ASSIGNED' WHEN 2 THEN 'IN_PROGRESS'"
                + "     WHEN 3 THEN IF(t.status = 'WAITING_REQUESTER', 'WAITING_REQUESTER', 'RESOLVED') ELSE 'CLOSED' END,"
                + "   CASE s.n WHEN 0 THEN CONCAT(t.priority, ' — standard')"
                + "     WHEN 3 THEN IF(t.status = 'WAITING_REQUESTER', 'Pouvez-vous nous préciser le poste concerné et le message affiché ?',"
                + "       t.resolution_note) END,"
                + "   s.n IN (0, 3)"
                + " FROM ticket t JOIN user_account q ON q.id = t.requester_id LEFT JOIN user_account a ON a.id = t.assignee_id"
                + " JOIN (SELECT 0 AS n UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) s"
                + "   ON s.n = 0 OR (s.n = 1 AND t.status <> 'NEW') OR (s.n = 2 AND t.status NOT IN ('NEW', 'ASSIGNED'))"
                + "   OR (s.n = 3 AND t.status IN ('WAITING_REQUESTER', 'RESOLVED', 'CLOSED')) OR (s.n = 4 AND t.status = 'CLOSED')"
                + " WHERE t.id > ? AND t.id <= ?", lastId, maxId);
    }

    /** A colleague watches about 5 % of tickets; a waiting ticket's clock stands still since it started waiting. */
    private static void insertWatchersAndPauses(long lastId, long maxId) {
        Sql.update("INSERT IGNORE INTO ticket_watcher (ticket_id, user_id) WITH " + REQUESTERS
                + " SELECT t.id, r.id FROM ticket t JOIN requesters r ON r.member_id = t.member_id"
                + "   AND r.rn = (" + hash("CONCAT('bw', t.id)", 0) + " DIV 100) MOD r.cnt"
                + " WHERE t.id > ? AND t.id <= ? AND " + hash("CONCAT('bw', t.id)", 0) + " MOD 100 < 5 AND r.id <> t.requester_id", lastId, maxId);
        Sql.update("INSERT INTO ticket_pause (ticket_id, member_id, from_at, until_at)"
                + " SELECT id, member_id, paused_since, NULL FROM ticket"
                + " WHERE id > ? AND id <= ? AND status = 'WAITING_REQUESTER' AND paused_since IS NOT NULL", lastId, maxId);
    }

    /** Open statuses, as the lists' {@code status=open} reads them (SQL list). */
    static String openScope() {
        return OPEN_SCOPE;
    }

    /** The benchmark agent of {@code memberId} who asked for most tickets (the loader spreads them evenly). */
    static String busiestBenchmarkAgent(long memberId) {
        return Sql.text("SELECT u.login FROM user_account u JOIN ticket t ON t.requester_id = u.id WHERE u.member_id = ?"
                + " AND u.login LIKE 'bench.%' GROUP BY u.id, u.login ORDER BY COUNT(*) DESC, u.id LIMIT 1", memberId);
    }
}
