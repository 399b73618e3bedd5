package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The move of ticket and demand files into one table (V13) on data written by the old schema: a scratch
 * database is brought to V12 with the demo data, files are written into the old tables, then V13 runs.
 * Nothing is lost: every file keeps its owner, member, name and bytes; tickets' files keep their numbers.
 */
class AttachmentMigrationIT {

    private static final String SCRATCH = "guichet_migration_check";
    private static final byte[] REPORT = "%PDF-1.4 rapport d'intervention".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CAPTURE = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 1, 2, 3};
    private static final byte[] SPECIFICATION = "Cahier des charges : état civil".getBytes(StandardCharsets.UTF_8);

    private static String url;

    @BeforeAll
    static void oldSchemaWithFiles() throws SQLException {
        String testUrl = System.getProperty("guichet.test.db.url");
        url = testUrl.substring(0, testUrl.lastIndexOf('/') + 1) + SCRATCH;
        try (Connection server = DriverManager.getConnection(testUrl, user(), password());
             Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SCRATCH);
            statement.execute("CREATE DATABASE " + SCRATCH);
        }
        flyway("db/migration", "flyway_schema_history", "12").migrate();
        // The demo data of that time: later demo scripts need later schema versions.
        flyway("db/demo", "flyway_demo_history", "6").migrate();
        long ticket = number("SELECT MIN(id) FROM ticket");
        long otherTicket = number("SELECT MAX(id) FROM ticket");
        long demand = number("SELECT MIN(id) FROM demand");
        oldFile("ticket_attachment", "ticket_id", ticket, "rapport.pdf", "application/pdf", REPORT);
        oldFile("ticket_attachment", "ticket_id", otherTicket, "capture.png", "image/png", CAPTURE);
        oldFile("demand_attachment", "demand_id", demand, "cahier.txt", "text/plain", SPECIFICATION);
        flyway("db/migration", "flyway_schema_history", "latest").migrate();
    }

    @AfterAll
    static void dropScratch() throws SQLException {
        update("DROP DATABASE IF EXISTS " + SCRATCH);
    }

    @Test
    void everyFileMovesWithItsOwnerMemberNameAndBytes() throws SQLException {
        List<String> files = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT a.id, a.owner_type, a.owner_id = t.id OR a.owner_id = d.id,"
                     + " CASE a.owner_type WHEN 'TICKET' THEN a.member_id = t.member_id ELSE a.member_id IS NULL END,"
                     + " a.file_name, a.content_type, a.size_bytes, a.uploaded_by"
                     + " FROM attachment a LEFT JOIN ticket t ON a.owner_type = 'TICKET' AND t.id = a.owner_id"
                     + " LEFT JOIN demand d ON a.owner_type = 'DEMAND' AND d.id = a.owner_id ORDER BY a.id")) {
            while (row.next()) { // member: a ticket's file has the ticket's member, a demand's none
                files.add(row.getLong(1) + " " + row.getString(2) + " owner:" + row.getBoolean(3) + " member:"
                        + row.getBoolean(4) + " " + row.getString(5) + " " + row.getString(6) + " " + row.getLong(7)
                        + " by:" + (row.getLong(8) > 0));
            }
        }
        assertEquals(List.of(
                "1 TICKET owner:true member:true rapport.pdf application/pdf " + REPORT.length + " by:true",
                "2 TICKET owner:true member:true capture.png image/png " + CAPTURE.length + " by:true",
                "3 DEMAND owner:true member:true cahier.txt text/plain " + SPECIFICATION.length + " by:true"), files);
        assertNull(text("SELECT member_id FROM attachment WHERE id = 3"), "a demand's file belongs to no member");
        assertArrayEquals(REPORT, bytes(1));
        assertArrayEquals(CAPTURE, bytes(2));
        assertArrayEquals(SPECIFICATION, bytes(3));
    }

    @Test
    void theOldTablesAreGoneAndNewFilesComeAfterTheMovedOnes() throws SQLException {
        assertEquals(0, number("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + SCRATCH
                + "' AND table_name IN ('ticket_attachment', 'ticket_attachment_content', 'demand_attachment',"
                + " 'demand_attachment_content')"));
        assertEquals(4, number("SELECT AUTO_INCREMENT FROM information_schema.tables WHERE table_schema = '" + SCRATCH
                + "' AND table_name = 'attachment'"));
    }

    private static void oldFile(String table, String ownerColumn, long ownerId, String name, String type, byte[] content)
            throws SQLException {
        String member = table.startsWith("ticket") ? ", member_id" : "";
        String memberValue = table.startsWith("ticket") ? ", (SELECT member_id FROM ticket WHERE id = ?)" : "";
        try (Connection connection = connect()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + ownerColumn + member
                    + ", file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at) VALUES (?" + memberValue
                    + ", ?, ?, ?, REPEAT('a', 64), (SELECT MIN(id) FROM user_account), NOW(3))",
                    Statement.RETURN_GENERATED_KEYS)) {
                int i = 1;
                insert.setLong(i++, ownerId);
                if (!member.isEmpty()) {
                    insert.setLong(i++, ownerId);
                }
                insert.setString(i++, name);
                insert.setString(i++, type);
                insert.setLong(i, content.length);
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys(); PreparedStatement bytes = connection.prepareStatement(
                        "INSERT INTO " + table + "_content (attachment_id, content) VALUES (?, ?)")) {
                    key.next();
                    bytes.setLong(1, key.getLong(1));
                    bytes.setBytes(2, content);
                    bytes.executeUpdate();
                }
            }
        }
    }

    private static byte[] bytes(long attachmentId) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement("SELECT content FROM attachment_content WHERE attachment_id = ?")) {
            query.setLong(1, attachmentId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBytes(1);
            }
        }
    }

    private static Flyway flyway(String location, String historyTable, String target) {
        return Flyway.configure(AttachmentMigrationIT.class.getClassLoader()).dataSource(url, user(), password())
                .locations("classpath:" + location).table(historyTable).baselineOnMigrate(true).baselineVersion("0")
                .target(target).load();
    }

    private static long number(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private static String text(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static void update(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    private static String user() {
        return System.getProperty("guichet.test.db.user");
    }

    private static String password() {
        return System.getProperty("guichet.test.db.password");
    }
}
